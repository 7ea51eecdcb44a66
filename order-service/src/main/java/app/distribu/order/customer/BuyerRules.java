package app.distribu.order.customer;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who may order what for a customer without approval: its contacts' buyer roles and the
 * threshold its admin buyer set, from the order profile. A contact not listed (added a
 * moment ago) is a Buyer, as every contact is by default.
 */
public record BuyerRules(@Nullable BigDecimal threshold, List<Contact> contacts) {

	public static final BuyerRules NONE = new BuyerRules(null, List.of());

	public String roleOf(UUID contactId) {
		return this.contacts.stream()
			.filter((contact) -> contact.contactId().equals(contactId))
			.map(Contact::role)
			.findFirst()
			.orElse(Contact.BUYER);
	}

	public List<Contact> adminBuyers() {
		return this.contacts.stream().filter((contact) -> Contact.ADMIN_BUYER.equals(contact.role())).toList();
	}

	/** A customer's contact with its buyer role (ADMIN_BUYER, BUYER or REQUESTER). */
	public record Contact(UUID contactId, String name, String email, String role) {

		public static final String ADMIN_BUYER = "ADMIN_BUYER";

		public static final String BUYER = "BUYER";

		public static final String REQUESTER = "REQUESTER";

	}

}
