package app.distribu.order.rfq;

/**
 * Where a quote request is: REQUESTED (a buyer asked) or DRAFT (staff started it) while
 * staff edit it; SENT with an expiry day; then ACCEPTED (an order exists), DECLINED,
 * EXPIRED or WITHDRAWN, which are final.
 */
public enum QuoteRequestStatus {

	REQUESTED("Requested"), DRAFT("Draft"), SENT("Sent"), ACCEPTED("Accepted"), DECLINED("Declined"),
	EXPIRED("Expired"), WITHDRAWN("Withdrawn");

	private final String label;

	QuoteRequestStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Staff may still change lines, prices, expiry and message. */
	public boolean editable() {
		return this == REQUESTED || this == DRAFT;
	}

	public boolean isFinal() {
		return this == ACCEPTED || this == DECLINED || this == EXPIRED || this == WITHDRAWN;
	}

}
