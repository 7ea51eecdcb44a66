package app.distribu.customer.accounts;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A customer account as stored, with its contacts and addresses. */
public record Customer(UUID id, String name, String email, String phone, BigDecimal creditLimit, CustomerStatus status,
		String notes, String group, PaymentTerms paymentTerms, int version, OffsetDateTime createdAt,
		List<Contact> contacts, List<Address> addresses, @Nullable BigDecimal approvalThreshold) {

	/**
	 * A person who buys for the customer; {@code invitedAt} is null until invited.
	 */
	public record Contact(UUID id, String name, String email, OffsetDateTime invitedAt, OffsetDateTime inviteExpiresAt,
			BuyerRole role) {

	}

	public record Address(UUID id, @Schema(allowableValues = {
			"SHIPPING", "BILLING" }) String kind, String line1, @Nullable String line2, String city,
			@Nullable String postalCode, String country, boolean isDefault){

	}

	public Optional<Contact> contact(UUID contactId) {
		return this.contacts.stream().filter((contact) -> contact.id().equals(contactId)).findFirst();
	}

	/** Whether an order of this customer can ever wait for approval. */
	public boolean usesApprovals() {
		return this.approvalThreshold != null
				|| this.contacts.stream().anyMatch((contact) -> contact.role() == BuyerRole.REQUESTER);
	}

	public boolean hasAdminBuyer() {
		return this.contacts.stream().anyMatch((contact) -> contact.role() == BuyerRole.ADMIN_BUYER);
	}

	Customer with(List<Contact> contacts, List<Address> addresses) {
		return new Customer(this.id, this.name, this.email, this.phone, this.creditLimit, this.status, this.notes,
				this.group, this.paymentTerms, this.version, this.createdAt, contacts, addresses,
				this.approvalThreshold);
	}

}
