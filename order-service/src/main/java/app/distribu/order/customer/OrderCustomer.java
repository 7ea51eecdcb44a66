package app.distribu.order.customer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.distribu.platform.web.Unprocessable;

/**
 * Everything an order needs of its customer: status, addresses, payment terms, credit
 * limit and the distributor's credit switch. {@code stored}: read from the read model (an
 * address it does not know may be newer than the copy, so the caller asks
 * customer-service), not a fresh answer from customer-service.
 */
public record OrderCustomer(CustomerRef customer, List<Address> addresses, @Nullable String paymentTerms,
		@Nullable BigDecimal creditLimit, boolean creditEnforced, boolean stored) {

	/** A customer known only to be blocked: nothing else matters, it can't order. */
	static OrderCustomer blocked(CustomerRef customer) {
		return new OrderCustomer(customer, List.of(), null, null, false, true);
	}

	public boolean isBlocked() {
		return this.customer.isBlocked();
	}

	boolean knows(@Nullable UUID addressId) {
		return addressId == null || this.addresses.stream().anyMatch((address) -> addressId.equals(address.id()));
	}

	/**
	 * What the order is placed under: where it ships — the named address, which must be
	 * one of the customer's, or else the default shipping address, none when the customer
	 * has none — the payment terms and the credit limit.
	 */
	public CustomerTerms terms(@Nullable UUID addressId) {
		return new CustomerTerms(shipTo(addressId).orElse(null), this.paymentTerms, this.creditLimit,
				this.creditEnforced);
	}

	private Optional<ShippingAddress> shipTo(@Nullable UUID addressId) {
		if (addressId != null) {
			return Optional.of(this.addresses.stream()
				.filter((address) -> addressId.equals(address.id()))
				.findFirst()
				.orElseThrow(() -> new Unprocessable("Unknown shipping address " + addressId + " for this customer."))
				.snapshot());
		}
		return this.addresses.stream()
			.filter((address) -> "SHIPPING".equals(address.kind()) && address.isDefault())
			.findFirst()
			.map(Address::snapshot);
	}

	/** One of the customer's addresses, as customer-service describes it. */
	public record Address(UUID id, String kind, String line1, @Nullable String line2, String city,
			@Nullable String postalCode, String country, boolean isDefault) {

		ShippingAddress snapshot() {
			return new ShippingAddress(this.id, this.line1, this.line2, this.city, this.postalCode, this.country);
		}

	}

}
