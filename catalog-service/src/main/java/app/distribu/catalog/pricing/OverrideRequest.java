package app.distribu.catalog.pricing;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** Body of {@code PUT /api/v1/products/{id}/price-overrides} and the dashboard form. */
record OverrideRequest(@NotNull(message = "Choose a customer.") UUID customerId,
		@NotNull(message = "Price is required.") @DecimalMin(value = "0.00",
				message = "Price must be 0 or more.") @Digits(integer = 10, fraction = 2,
						message = "Price must have at most 2 decimals, like 12.50.") BigDecimal price) {

}
