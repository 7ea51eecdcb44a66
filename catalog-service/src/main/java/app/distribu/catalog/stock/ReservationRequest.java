package app.distribu.catalog.stock;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * {@code pricing} "customer" applies the customer's overrides; the storefront always
 * does. {@code source} is taken from the caller's token ({@link #madeBy}); the body's is
 * ignored.
 */
record ReservationRequest(@NotNull UUID orderId, Source source, @NotEmpty @Valid List<@NotNull Line> lines,
		@Pattern(regexp = "catalog|customer", message = "Pricing is catalog or customer.") String pricing,
		UUID customerId) {

	record Line(@NotBlank String sku, @NotNull @Min(1) Integer quantity) {

	}

	/**
	 * The request as this caller may make it: the channel from the token, and for a
	 * storefront contact its own customer at the customer's prices.
	 */
	ReservationRequest madeBy(Caller caller) {
		return caller.isContact()
				? new ReservationRequest(this.orderId, caller.source(), this.lines, "customer", caller.customerId())
				: new ReservationRequest(this.orderId, caller.source(), this.lines, this.pricing, this.customerId);
	}

	OrderTerms terms() {
		return OrderTerms.of(this.source, this.pricing, this.customerId);
	}

}
