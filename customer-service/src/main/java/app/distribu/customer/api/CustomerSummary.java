package app.distribu.customer.api;

import java.util.List;
import java.util.UUID;

import app.distribu.customer.accounts.Customer;
import app.distribu.customer.accounts.OrderProfiles;
import app.distribu.customer.credit.CreditPolicies;

/**
 * What other services need to know: {@code GET /internal/customers/{id}}. order-service
 * snapshots the shipping address and the payment terms of an order from it, and refuses
 * an order over {@code creditLimit} when {@code creditEnforced}; it stores the answer in
 * its copy under {@code revision} and {@code creditPolicyRevision}.
 */
record CustomerSummary(UUID id, String name, String email, String status, List<Customer.Address> addresses,
		String group, String paymentTerms, String creditLimit, boolean creditEnforced, long revision,
		long creditPolicyRevision, String approvalThreshold, List<OrderProfiles.Buyer> buyers) {

	static CustomerSummary of(OrderProfiles.Current current, CreditPolicies.Policy policy) {
		Customer customer = current.customer();
		return new CustomerSummary(customer.id(), customer.name(), customer.email(), customer.status().name(),
				customer.addresses(), customer.group(),
				(customer.paymentTerms() != null) ? customer.paymentTerms().name() : null,
				(customer.creditLimit() != null) ? customer.creditLimit().toPlainString() : null, policy.enforced(),
				current.revision(), policy.revision(),
				(customer.approvalThreshold() != null) ? customer.approvalThreshold().toPlainString() : null,
				OrderProfiles.Buyer.of(customer));
	}

}
