package app.distribu.customer.customer;

import java.util.List;
import java.util.UUID;

/**
 * What other services need to know: {@code GET /internal/customers/{id}}. order-service
 * snapshots the shipping address of an order from {@code addresses}.
 */
record CustomerSummary(UUID id, String name, String email, String status, List<Customer.Address> addresses) {

	static CustomerSummary of(Customer customer) {
		return new CustomerSummary(customer.id(), customer.name(), customer.email(), customer.status().name(),
				customer.addresses());
	}

}
