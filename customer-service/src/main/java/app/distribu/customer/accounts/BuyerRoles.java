package app.distribu.customer.accounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.platform.web.NotFound;
import app.distribu.platform.web.Unprocessable;

/**
 * Buyer roles of a customer's contacts and its order approval threshold, set by staff in
 * the dashboard and the API or by the customer's own admin buyer on the storefront. Both
 * go to order-service in the customer's order profile, which holds orders for approval
 * from them (docs/buyer-roles-and-approvals.md).
 */
@Service
public class BuyerRoles {

	static final String ADMIN_NEEDED = "Keep at least one Admin buyer: orders that wait for approval need someone "
			+ "to approve them. Make another contact Admin buyer first, or remove the threshold and the Requester "
			+ "roles.";

	private static final BigDecimal MAX = new BigDecimal("9999999999.99");

	private final Customers customers;

	private final CustomerRepository repository;

	private final OrderProfiles profiles;

	BuyerRoles(Customers customers, CustomerRepository repository, OrderProfiles profiles) {
		this.customers = customers;
		this.repository = repository;
		this.profiles = profiles;
	}

	/**
	 * {@code role}: as sent (ADMIN_BUYER, BUYER or REQUESTER); anything else is refused.
	 */
	@Transactional
	public Customer.Contact setRole(UUID companyId, UUID customerId, UUID contactId, String role) {
		// Another company's customer or contact is absent whatever the body says.
		Customer customer = locked(companyId, customerId);
		customer.contact(contactId).orElseThrow(() -> new NotFound("Contact " + contactId));
		BuyerRole parsed = BuyerRole.parse((role != null) ? role.strip() : null);
		if (parsed == null) {
			throw new Unprocessable(BuyerRole.MESSAGE);
		}
		List<Customer.Contact> after = customer.contacts()
			.stream()
			.map((c) -> c.id().equals(contactId)
					? new Customer.Contact(c.id(), c.name(), c.email(), c.invitedAt(), c.inviteExpiresAt(), parsed) : c)
			.toList();
		requireAdminIfNeeded(customer.with(after, customer.addresses()));
		this.repository.setBuyerRole(companyId, customerId, contactId, parsed);
		this.profiles.announce(companyId, customerId);
		return this.customers.customer(companyId, customerId).contact(contactId).orElseThrow();
	}

	/**
	 * {@code threshold}: as typed, blank for none; an order of a Buyer whose total is
	 * over it waits for approval.
	 */
	@Transactional
	public BigDecimal setThreshold(UUID companyId, UUID customerId, String threshold) {
		Customer customer = locked(companyId, customerId);
		BigDecimal parsed = parseThreshold(threshold);
		requireAdminIfNeeded(new Customer(customer.id(), customer.name(), customer.email(), customer.phone(),
				customer.creditLimit(), customer.status(), customer.notes(), customer.group(), customer.paymentTerms(),
				customer.version(), customer.createdAt(), customer.contacts(), customer.addresses(), parsed));
		this.repository.setApprovalThreshold(companyId, customerId, parsed);
		this.profiles.announce(companyId, customerId);
		return parsed;
	}

	/**
	 * A customer whose orders can wait for approval keeps someone who can approve them.
	 */
	static void requireAdminIfNeeded(Customer after) {
		if (after.usesApprovals() && !after.hasAdminBuyer()) {
			throw new Unprocessable(ADMIN_NEEDED);
		}
	}

	/** Blank → none; otherwise an amount of 0 or more with at most 2 decimals. */
	static BigDecimal parseThreshold(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(typed.strip());
		}
		catch (NumberFormatException ex) {
			throw new Unprocessable("Approval threshold must be an amount like 500.00, or empty for none.");
		}
		if (amount.signum() < 0) {
			throw new Unprocessable("Approval threshold must be 0 or more.");
		}
		if (amount.compareTo(MAX) > 0) {
			throw new Unprocessable("Approval threshold can be at most 9999999999.99.");
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new Unprocessable("Approval threshold can have at most 2 decimals, like 500.00.");
		}
		return amount.setScale(2);
	}

	/**
	 * The customer, its row locked to the commit so two changes can't both pass the rule.
	 */
	private Customer locked(UUID companyId, UUID customerId) {
		if (!this.repository.lock(companyId, customerId)) {
			throw new NotFound("Customer " + customerId);
		}
		return this.customers.customer(companyId, customerId);
	}

}
