package app.distribu.order.rfq;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import app.distribu.platform.web.apidocs.Money;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The public quote shape, money as decimal strings like orders. {@code buyerMessage}:
 * what the buyer wrote with the request; {@code message}: staff's note to the buyer;
 * {@code orderId}: the order an accepted quote became; {@code history}: every change,
 * oldest first (not in lists).
 */
@Schema(name = "Quote")
record QuoteJson(String id, long number, String reference, String customerId, QuoteRequestStatus status,
		@Nullable String currency, @Nullable @Money String total, @Nullable LocalDate expiresOn,
		@Nullable String buyerMessage, @Nullable String message, @Nullable String orderId, @Nullable Long orderNumber,
		List<Line> lines, @Nullable List<Change> history, Instant createdAt, Instant updatedAt) {

	static QuoteJson of(QuoteRequest quote, List<QuoteRequestChange> history) {
		return new QuoteJson(quote.id().toString(), quote.number(), quote.reference(), quote.customerId().toString(),
				quote.status(), quote.currency(), money(quote.total()), quote.expiresOn(), quote.buyerMessage(),
				quote.staffMessage(), (quote.orderId() != null) ? quote.orderId().toString() : null,
				quote.orderNumber(),
				quote.lines()
					.stream()
					.map((line) -> new Line(line.sku(), line.name(), line.quantity(), money(line.listPrice()),
							money(line.unitPrice()), money(line.lineTotal())))
					.toList(),
				(history != null) ? history.stream()
					.map((change) -> new Change(change.at().toInstant(), change.from(), change.to(), change.byKind(),
							change.note()))
					.toList() : null,
				quote.createdAt().toInstant(), quote.updatedAt().toInstant());
	}

	private static String money(BigDecimal amount) {
		return (amount != null) ? amount.setScale(2).toPlainString() : null;
	}

	/** {@code listPrice}: the customer's price when the line was added. */
	@Schema(name = "QuoteLine")
	record Line(String sku, @Nullable String name, int quantity, @Nullable @Money String listPrice,
			@Nullable @Money String unitPrice, @Nullable @Money String lineTotal) {

	}

	/**
	 * {@code by}: USER, CONTACT, API_KEY or SYSTEM; {@code from} equals {@code to} for an
	 * edit.
	 */
	@Schema(name = "QuoteChange")
	record Change(Instant at, @Nullable QuoteRequestStatus from, QuoteRequestStatus to, String by,
			@Nullable String note) {

	}

}
