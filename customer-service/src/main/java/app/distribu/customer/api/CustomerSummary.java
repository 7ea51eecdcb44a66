package app.distribu.customer.api;

import java.util.List;
import java.util.UUID;

import app.distribu.customer.accounts.Customer;

/**
 * What other services need to know: {@code GET /internal/customers/{id}}. order-service
 * snapshots the shipping address and the payment terms of an order from it, and refuses
 * an order over {@code creditLimit} when {@code creditEnforced}.
 */
record CustomerSummary(UUID id, String name, String email, String status, List<Customer.Address> addresses,
		String group, String paymentTerms, String creditLimit, boolean creditEnforced) {

	static CustomerSummary of(Customer customer, boolean creditEnforced) {
		return new CustomerSummary(customer.id(), customer.name(), customer.email(), customer.status().name(),
				customer.addresses(), customer.group(),
				(customer.paymentTerms() != null) ? customer.paymentTerms().name() : null,
				(customer.creditLimit() != null) ? customer.creditLimit().toPlainString() : null, creditEnforced);
	}

}
