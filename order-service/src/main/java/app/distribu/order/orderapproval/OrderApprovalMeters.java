package app.distribu.order.orderapproval;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

/**
 * {@code distribu.order.approvals} by outcome: {@code requested} (a checkout held),
 * {@code approved}, {@code rejected}, {@code failed} (an approval that could not place
 * the order; the request waits again). Many failures mean requests wait while stock runs
 * out.
 */
final class OrderApprovalMeters {

	private OrderApprovalMeters() {
	}

	static void count(String outcome) {
		Counter.builder("distribu.order.approvals")
			.description("Storefront checkouts held for approval, and the decisions on them")
			.tag("outcome", outcome)
			.register(Metrics.globalRegistry)
			.increment();
	}

}
