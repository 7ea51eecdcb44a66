package app.distribu.order.rfq;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

/**
 * {@code distribu.quotes.accepted} (quotes that became orders) and
 * {@code distribu.quotes.expired} (sent quotes nobody answered in time).
 */
final class QuoteRequestMeters {

	private QuoteRequestMeters() {
	}

	static void accepted() {
		Counter.builder("distribu.quotes.accepted")
			.description("Quotes accepted, each now an order")
			.register(Metrics.globalRegistry)
			.increment();
	}

	static void expired(int count) {
		Counter.builder("distribu.quotes.expired")
			.description("Sent quotes that passed their last valid day unanswered")
			.register(Metrics.globalRegistry)
			.increment(count);
	}

}
