package app.distribu.order.rfq;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The data of every {@code quote.*} event (schemas in platform/event-contracts):
 * {@code orderId}/{@code orderNumber} only on {@code quote.accepted}, {@code message} the
 * buyer's on {@code quote.requested}, the staff's on {@code quote.drafted} and
 * {@code quote.sent}; {@code withdrawnBy} (BUYER, STAFF or API) only on
 * {@code quote.withdrawn}, left out of the others.
 */
record QuoteRequestEvent(UUID quoteId, long number, String reference, UUID customerId, String customerName,
		String status, String currency, String total, String expiresOn, String message, UUID orderId, Long orderNumber,
		List<Line> lines, @JsonInclude(JsonInclude.Include.NON_NULL) String withdrawnBy) {

	static QuoteRequestEvent of(QuoteRequest quote, String customerName, String message) {
		return of(quote, customerName, message, null);
	}

	static QuoteRequestEvent of(QuoteRequest quote, String customerName, String message, String withdrawnBy) {
		return new QuoteRequestEvent(quote.id(), quote.number(), quote.reference(), quote.customerId(), customerName,
				quote.status().name(), quote.currency(), money(quote.total()),
				(quote.expiresOn() != null) ? quote.expiresOn().toString() : null, message, quote.orderId(),
				quote.orderNumber(),
				quote.lines()
					.stream()
					.map((line) -> new Line(line.sku(), line.name(), line.quantity(), money(line.unitPrice()),
							money(line.lineTotal())))
					.toList(),
				withdrawnBy);
	}

	/** Money as the other events send it: a string with two decimals. */
	private static String money(BigDecimal amount) {
		return (amount != null) ? amount.setScale(2).toPlainString() : null;
	}

	record Line(String sku, String name, int quantity, String unitPrice, String lineTotal) {

	}

}
