package app.distribu.catalog.stock;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

record ReservationRequest(@NotNull UUID orderId, @NotNull Source source, @NotEmpty @Valid List<@NotNull Line> lines) {

	record Line(@NotBlank String sku, @NotNull @Min(1) Integer quantity) {

	}

}
