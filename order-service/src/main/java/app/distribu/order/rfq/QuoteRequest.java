package app.distribu.order.rfq;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import app.distribu.order.ordering.Buyer;

/**
 * A quote request with its lines. {@code buyer}: the contact who asked (mailed when it is
 * sent), null for a quote staff started; {@code orderId}: the order an accepted quote
 * became.
 */
public record QuoteRequest(UUID id, UUID companyId, long number, UUID customerId, QuoteRequestStatus status,
		String currency, String buyerMessage, String staffMessage, LocalDate expiresOn, Buyer buyer, UUID orderId,
		Long orderNumber, OffsetDateTime createdAt, OffsetDateTime updatedAt, List<QuoteRequestLine> lines) {

	/** How people call it: "Q-12". */
	public String reference() {
		return "Q-" + this.number;
	}

	/** The quoted total; null while a line has no price. */
	public BigDecimal total() {
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (QuoteRequestLine line : this.lines) {
			if (line.lineTotal() == null) {
				return null;
			}
			total = total.add(line.lineTotal());
		}
		return total;
	}

	public String money(BigDecimal amount) {
		return (amount == null) ? "—" : amount.toPlainString() + ((this.currency != null) ? " " + this.currency : "");
	}

	/** The last valid day as people read it ("31 Dec 2026"), or "—". */
	public String validUntil() {
		return (this.expiresOn != null)
				? this.expiresOn.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)) : "—";
	}

	/**
	 * Buyers see the quotes they asked for and those staff sent; a draft staff are still
	 * preparing (or withdrew before sending) stays in the dashboard.
	 */
	public boolean visibleToBuyer() {
		return this.buyer != null
				|| (this.status != QuoteRequestStatus.DRAFT && this.status != QuoteRequestStatus.WITHDRAWN);
	}

	/** Sent and past its last valid day, even if the sweep has not marked it yet. */
	public boolean expiredOn(LocalDate today) {
		return this.expiresOn != null && this.expiresOn.isBefore(today);
	}

}
