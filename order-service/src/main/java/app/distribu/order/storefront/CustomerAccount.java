package app.distribu.order.storefront;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The contact's customer as customer-service describes it: status, addresses, payment
 * terms and credit limit.
 */
record CustomerAccount(UUID id, String name, String status, List<Address> addresses, String paymentTerms,
		BigDecimal creditLimit, boolean creditEnforced) {

	boolean isBlocked() {
		return "BLOCKED".equals(this.status);
	}

	/** Where orders can go; the customer's default shipping address first. */
	List<Address> shippingAddresses() {
		return this.addresses.stream()
			.filter((address) -> "SHIPPING".equals(address.kind()))
			.sorted((a, b) -> Boolean.compare(b.isDefault(), a.isDefault()))
			.toList();
	}

	public record Address(UUID id, String kind, String line1, String line2, String city, String postalCode,
			String country, boolean isDefault) {

		public String oneLine() {
			return this.line1 + ((this.line2 != null && !this.line2.isBlank()) ? ", " + this.line2 : "") + ", "
					+ this.postalCode + " " + this.city + ", " + this.country;
		}

	}

}
