package app.distribu.order.ordering;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/orders}. */
record PlaceOrderRequest(@NotNull(message = "customerId is required.") UUID customerId,
		@NotEmpty(message = "An order needs at least one line.") @Size(max = 200,
				message = "An order can have at most 200 lines.") List<@Valid @NotNull Line> lines,
		@Size(max = 2000, message = "Notes can be at most 2000 characters.") String notes,
		@Size(max = 100, message = "PO number can be at most 100 characters.") String poNumber, UUID shippingAddressId,
		@Pattern(regexp = "catalog",
				message = "Only \"catalog\" pricing is available through the API.") String pricing) {

	record Line(@NotBlank(message = "sku is required.") String sku,
			@NotNull(message = "quantity is required.") @Min(value = 1, message = "quantity must be at least 1.") @Max(
					value = 1_000_000, message = "quantity must be at most 1000000.") Integer quantity) {

	}

}
