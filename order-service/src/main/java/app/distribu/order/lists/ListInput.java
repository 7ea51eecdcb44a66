package app.distribu.order.lists;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** Bodies of {@code /api/v1/lists}. */
final class ListInput {

	private ListInput() {
	}

	/** {@code POST /api/v1/lists}: a shared list for the customer, lines optional. */
	@Schema(name = "NewSavedList")
	record NewList(@NotNull(message = "customerId is required.") UUID customerId,
			@NotBlank(message = "name is required.") @Size(max = SavedLists.MAX_NAME,
					message = "name can be at most 80 characters.") String name,
			@Size(max = SavedLists.MAX_LINES,
					message = "A list can have at most 200 lines.") List<@Valid @NotNull LineInput> lines) {

	}

	/**
	 * {@code PATCH /api/v1/lists/{id}}: what is sent changes, {@code lines} all at once.
	 */
	@Schema(name = "SavedListChange")
	record ListChange(
			@Size(min = 1, max = SavedLists.MAX_NAME, message = "name must be 1 to 80 characters.") String name,
			@Size(max = SavedLists.MAX_LINES,
					message = "A list can have at most 200 lines.") List<@Valid @NotNull LineInput> lines) {

	}

	/** A line to put on a list; {@code POST …/lines} adds it to the SKU's line. */
	@Schema(name = "SavedListLineInput")
	record LineInput(
			@NotBlank(message = "sku is required.") @Size(max = SavedLists.MAX_SKU,
					message = "sku can be at most 100 characters.") String sku,
			@NotNull(message = "quantity is required.") @Min(value = 1, message = "quantity must be at least 1.") @Max(
					value = 1_000_000, message = "quantity must be at most 1000000.") Integer quantity) {

		ListLine line() {
			return new ListLine(this.sku, this.quantity);
		}

	}

}
