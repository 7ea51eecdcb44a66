package app.distribu.order.lists;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

/**
 * {@code distribu.lists.ordered} (lists put into a cart in one step) and
 * {@code distribu.lists.lines} by outcome: {@code added} or {@code skipped} (catalog
 * refused the line now, or the cart was full). Many skipped lines mean stale lists.
 */
final class ListMeters {

	private ListMeters() {
	}

	static void ordered(int added, int skipped) {
		Counter.builder("distribu.lists.ordered")
			.description("Saved lists put into a cart in one step")
			.register(Metrics.globalRegistry)
			.increment();
		lines("added", added);
		lines("skipped", skipped);
	}

	private static void lines(String outcome, int count) {
		Counter.builder("distribu.lists.lines")
			.description("Saved list lines put into a cart, or skipped")
			.tag("outcome", outcome)
			.register(Metrics.globalRegistry)
			.increment(count);
	}

}
