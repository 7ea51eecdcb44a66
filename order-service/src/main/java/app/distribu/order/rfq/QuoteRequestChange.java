package app.distribu.order.rfq;

import java.time.OffsetDateTime;

/**
 * One row of a quote request's history: a status change, or a change of the quote while
 * staff edit it ({@code from} equals {@code to}), by whom ({@code byKind}: USER, CONTACT,
 * API_KEY or SYSTEM for the expiry sweep).
 */
public record QuoteRequestChange(OffsetDateTime at, QuoteRequestStatus from, QuoteRequestStatus to, String byKind,
		String note) {

	public String who() {
		return switch (this.byKind) {
			case "CONTACT" -> "Buyer";
			case "API_KEY" -> "API";
			case "SYSTEM" -> "Distribu";
			default -> "Staff";
		};
	}

}
