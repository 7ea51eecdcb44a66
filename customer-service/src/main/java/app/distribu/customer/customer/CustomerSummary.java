package app.distribu.customer.customer;

import java.util.UUID;

/** What other services need to know: {@code GET /internal/customers/{id}}. */
record CustomerSummary(UUID id, String name, String email, String status) {

	static CustomerSummary of(Customer customer) {
		return new CustomerSummary(customer.id(), customer.name(), customer.email(), customer.status().name());
	}

}
