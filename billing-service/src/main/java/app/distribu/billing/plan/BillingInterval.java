package app.distribu.billing.plan;

import java.time.LocalDate;

/** How often a subscription is charged. */
public enum BillingInterval {

	MONTHLY("monthly", 1), ANNUAL("annual", 12);

	private final String label;

	private final int months;

	BillingInterval(String label, int months) {
		this.label = label;
		this.months = months;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The end of period {@code n} (1 = the first) of a cycle anchored on {@code anchor}:
	 * always counted from the anchor, so a cycle started on the 31st ends on the 31st of
	 * long months and the last day of short ones, and 29 February falls back to the 28th
	 * in other years.
	 */
	public LocalDate periodEnd(LocalDate anchor, int n) {
		return anchor.plusMonths((long) this.months * n);
	}

	/**
	 * The end of the period that starts at {@code start} on a cycle anchored on anchor.
	 */
	public LocalDate nextEnd(LocalDate anchor, LocalDate start) {
		int n = 1;
		LocalDate end = periodEnd(anchor, n);
		while (!end.isAfter(start)) {
			end = periodEnd(anchor, ++n);
		}
		return end;
	}

}
