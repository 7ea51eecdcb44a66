package app.distribu.catalog.product;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/products/{id}/stock-adjustments} and the dashboard form.
 */
record StockAdjustment(
		@NotNull(message = "Change is required, like 5 or -3.") @Digits(integer = 9, fraction = 0,
				message = "Change must be a whole number, like 5 or -3.") BigDecimal delta,
		@NotBlank(message = "Reason is required.") @Size(max = 200,
				message = "Reason is at most 200 characters.") String reason) {

}
