package app.distribu.billing.dashboard;

import app.distribu.billing.subscription.Plan;
import app.distribu.billing.subscription.Subscription;

/** One card of the plans page. */
record PlanOption(String name, String label, String monthlyOrders, int apiRequestsPerMinute, boolean current) {

	static PlanOption of(Plan plan, Subscription subscription) {
		Integer limit = plan.monthlyOrderLimit();
		boolean current = subscription != null && subscription.plan() == plan && "ACTIVE".equals(subscription.status());
		return new PlanOption(plan.name(), plan.label(),
				(limit != null) ? String.format("%,d", limit) + " orders a month" : "Unlimited orders",
				plan.apiRequestsPerMinute(), current);
	}

}
