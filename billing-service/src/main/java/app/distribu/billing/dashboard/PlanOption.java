package app.distribu.billing.dashboard;

import app.distribu.billing.plan.BillingInterval;
import app.distribu.billing.plan.Money;
import app.distribu.billing.plan.Plan;
import app.distribu.billing.plan.PlanCatalog;
import app.distribu.billing.subscription.Subscription;

/**
 * One card of the plans page.
 *
 * @param action what choosing it does: the button's words
 */
record PlanOption(String name, String label, String price, String monthlyOrders, int apiRequestsPerMinute,
		boolean current, boolean selfServe, String action, String note) {

	static PlanOption of(Plan plan, BillingInterval interval, Subscription s, PlanCatalog catalog) {
		String currency = (s != null) ? s.currency() : catalog.billingCurrency(null);
		Integer limit = catalog.monthlyOrderLimit(plan);
		String price = catalog.price(plan, interval, currency)
			.map((cents) -> Money.format(currency, cents)
					+ ((interval == BillingInterval.ANNUAL) ? " a year" : " a month"))
			.orElse("Price on request");
		boolean paying = s != null && s.inPaidPeriod();
		boolean current = paying && s.plan() == plan && s.interval() == interval;
		String action;
		String note = null;
		if (!paying) {
			action = "Subscribe to " + plan.label();
			note = "Starts today; you are invoiced for the first "
					+ (interval == BillingInterval.ANNUAL ? "year" : "month")
					+ ((s != null && s.status() == Subscription.Status.TRIALING) ? " and the trial ends." : ".");
		}
		else if (plan.isAbove(s.plan()) || (plan == s.plan() && interval == BillingInterval.ANNUAL
				&& s.interval() == BillingInterval.MONTHLY)) {
			action = (plan == s.plan()) ? "Switch to annual" : "Upgrade to " + plan.label();
			note = "Applies now; the unused part of your current period is credited on the invoice.";
		}
		else {
			action = "Switch to " + plan.label();
			note = "Takes effect at the end of your current period, " + BillingView.day(s.periodEnd()) + ".";
		}
		return new PlanOption(plan.name(), plan.label(), price,
				(limit != null) ? String.format("%,d", limit) + " orders a month" : "Unlimited orders",
				catalog.apiRequestsPerMinute(plan), current, plan.isSelfServe(), action, note);
	}

}
