package app.distribu.customer.api;

import java.util.List;
import java.util.UUID;

import app.distribu.customer.accounts.Customer;
import io.swagger.v3.oas.annotations.media.Schema;
import app.distribu.platform.web.apidocs.Money;
import org.jspecify.annotations.Nullable;

/** The API shape of a customer (spec "Shapes"); money is a decimal string. */
record CustomerJson(UUID id, String name, String email, @Nullable String phone, @Money @Nullable String creditLimit,
		@Schema(allowableValues = {
				"PENDING", "ACTIVE", "BLOCKED" }) String status,
		List<ContactJson> contacts, List<Customer.Address> addresses, @Nullable String group,
		@Nullable @Schema(
				allowableValues = { "PREPAID", "DUE_ON_DELIVERY", "NET_15", "NET_30", "NET_60" }) String paymentTerms,
		@Money @Nullable String approvalThreshold){

	record ContactJson(UUID id, String name, String email, @Schema(allowableValues = {
			"ADMIN_BUYER", "BUYER", "REQUESTER" }) String role){

		static ContactJson of(Customer.Contact contact) {
			return new ContactJson(contact.id(), contact.name(), contact.email(), contact.role().name());
		}

	}

	static CustomerJson of(Customer customer) {
		return new CustomerJson(customer.id(), customer.name(), customer.email(), customer.phone(),
				(customer.creditLimit() != null) ? customer.creditLimit().toPlainString() : null,
				customer.status().name(), customer.contacts().stream().map(ContactJson::of).toList(),
				customer.addresses(), customer.group(),
				(customer.paymentTerms() != null) ? customer.paymentTerms().name() : null,
				(customer.approvalThreshold() != null) ? customer.approvalThreshold().toPlainString() : null);
	}

}
