package app.distribu.order.credit;

import io.micrometer.core.instrument.Metrics;

/** How often enforced credit limits refuse orders. */
final class CreditMeters {

	private CreditMeters() {
	}

	static void refused() {
		Metrics.counter("distribu.orders.credit.refused").increment();
	}

}
