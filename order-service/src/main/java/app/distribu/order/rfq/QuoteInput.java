package app.distribu.order.rfq;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** Bodies of {@code /api/v1/quotes}. */
final class QuoteInput {

	private QuoteInput() {
	}

	/** {@code POST /api/v1/quotes}: a DRAFT quote for the customer. */
	@Schema(name = "NewQuote")
	record NewQuote(@NotNull(message = "customerId is required.") UUID customerId,
			@Size(max = QuoteRequests.MAX_LINES,
					message = "A quote can have at most 200 lines.") List<@Valid @NotNull LineInput> lines,
			LocalDate expiresOn, @Size(max = QuoteRequests.MAX_MESSAGE,
					message = "message can be at most 2000 characters.") String message) {

	}

	/**
	 * {@code PATCH /api/v1/quotes/{id}}: what is sent changes; {@code lines} all at once.
	 */
	@Schema(name = "QuoteChangeRequest")
	record QuoteChange(
			@Size(max = QuoteRequests.MAX_LINES,
					message = "A quote can have at most 200 lines.") List<@Valid @NotNull LineInput> lines,
			LocalDate expiresOn, @Size(max = QuoteRequests.MAX_MESSAGE,
					message = "message can be at most 2000 characters.") String message) {

	}

	/**
	 * A line; without {@code unitPrice} it keeps its price or starts at the customer's.
	 */
	@Schema(name = "QuoteLineInput")
	record LineInput(
			@NotBlank(message = "sku is required.") @Size(max = QuoteRequests.MAX_SKU,
					message = "sku can be at most 100 characters.") String sku,
			@NotNull(message = "quantity is required.") @Min(value = 1, message = "quantity must be at least 1.") @Max(
					value = 1_000_000, message = "quantity must be at most 1000000.") Integer quantity,
			@DecimalMin(value = "0", message = "unitPrice must be at least 0.") @DecimalMax(value = "9999999999.99",
					message = "unitPrice is too large.") @Digits(integer = 10, fraction = 2,
							message = "unitPrice can have at most 2 decimals.") BigDecimal unitPrice) {

		QuoteLineInput line() {
			return new QuoteLineInput(this.sku, this.quantity, this.unitPrice);
		}

	}

	/** {@code POST /api/v1/quotes/{id}/decline}: an optional reason. */
	@Schema(name = "QuoteDecline")
	record Decline(
			@Size(max = QuoteRequests.MAX_MESSAGE, message = "reason can be at most 2000 characters.") String reason) {

	}

}
