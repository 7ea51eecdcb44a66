package app.distribu.customer.accounts;

import java.util.UUID;

/** The {@code data} of each event on {@code customer.events}. */
public final class CustomerEvents {

	public static final String TOPIC = "customer.events";

	private CustomerEvents() {
	}

	/** {@code customer.status_changed}; order-service refuses orders for BLOCKED. */
	record StatusChanged(UUID customerId, String status, String previousStatus) {

		static final String TYPE = "customer.status_changed";

	}

	/**
	 * {@code customer.registered}: a visitor registered at the storefront and waits for
	 * approval; identity mails the company's owners and admins.
	 */
	public record Registered(UUID customerId, String name, String email, String contactName, String contactEmail) {

		public static final String TYPE = "customer.registered";

	}

	/**
	 * {@code customer.updated}: the details after an edit. Consumers keep what they need
	 * (catalog: name, email and the group its price lists are assigned to).
	 */
	record Updated(UUID customerId, String name, String email, String status, String group, String paymentTerms,
			String creditLimit) {

		static final String TYPE = "customer.updated";

		static Updated of(Customer customer) {
			return new Updated(customer.id(), customer.name(), customer.email(), customer.status().name(),
					customer.group(), (customer.paymentTerms() != null) ? customer.paymentTerms().name() : null,
					(customer.creditLimit() != null) ? customer.creditLimit().toPlainString() : null);
		}

	}

	/** {@code customer.rejected}: a pending registration was turned down and deleted. */
	public record Rejected(UUID customerId) {

		public static final String TYPE = "customer.rejected";

	}

	/** {@code contact.created}, {@code contact.updated}, {@code contact.removed}. */
	record ContactChanged(UUID customerId, UUID contactId, String email, String name) {

		static final String CREATED = "contact.created";

		static final String UPDATED = "contact.updated";

		static final String REMOVED = "contact.removed";

	}

}
