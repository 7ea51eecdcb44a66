package app.distribu.order.ordering;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The payment terms an order was placed under (customer-service's, snapshotted). Net
 * terms fall due that many days after the order date (UTC); prepaid and due-on-delivery
 * orders have no date.
 */
public enum PaymentTerms {

	PREPAID("Prepaid", -1), DUE_ON_DELIVERY("Due on delivery", -1), NET_15("Net 15", 15), NET_30("Net 30", 30),
	NET_60("Net 60", 60);

	private final String label;

	private final int days;

	PaymentTerms(String label, int days) {
		this.label = label;
		this.days = days;
	}

	public String label() {
		return this.label;
	}

	/** The terms a stored or received name means; null for none or an unknown name. */
	public static PaymentTerms of(String name) {
		if (name == null) {
			return null;
		}
		for (PaymentTerms terms : values()) {
			if (terms.name().equals(name)) {
				return terms;
			}
		}
		return null;
	}

	/** When an order placed at {@code createdAt} is due; null without a date. */
	public LocalDate due(Instant createdAt) {
		return (this.days < 0) ? null : LocalDate.ofInstant(createdAt, ZoneOffset.UTC).plusDays(this.days);
	}

}
