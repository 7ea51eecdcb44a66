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
 * does.
 */
record ReservationRequest(@NotNull UUID orderId, @NotNull Source source, @NotEmpty @Valid List<@NotNull Line> lines,
		@Pattern(regexp = "catalog|customer", message = "Pricing is catalog or customer.") String pricing,
		UUID customerId) {

	record Line(@NotBlank String sku, @NotNull @Min(1) Integer quantity) {

	}

	OrderTerms terms() {
		return OrderTerms.of(this.source, this.pricing, this.customerId);
	}

}
