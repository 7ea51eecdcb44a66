package app.distribu.billing.subscription;

import java.time.Instant;
import java.time.LocalDate;

import app.distribu.billing.plan.BillingInterval;
import app.distribu.billing.plan.Plan;
import app.distribu.billing.plan.PlanCatalog;

/**
 * Data of {@code subscription.changed}. The limits are those that apply now
 * ({@code limitsPlan}'s): an unpaid subscription past its grace keeps only what was paid
 * for. {@code monthlyOrderLimit} null means unlimited. Fields after {@code trialEndsAt}
 * were added with issue #12; consumers that do not know them ignore them.
 */
record SubscriptionChanged(Plan plan, Subscription.Status status, Integer monthlyOrderLimit, int apiRequestsPerMinute,
		Instant trialEndsAt, BillingInterval interval, Plan limitsPlan, LocalDate currentPeriodEnd, Plan scheduledPlan,
		boolean cancelAtPeriodEnd, Instant pastDueSince) {

	static SubscriptionChanged of(Subscription s, PlanCatalog catalog) {
		Plan limits = s.limitsPlan();
		return new SubscriptionChanged(s.plan(), s.status(), catalog.monthlyOrderLimit(limits),
				catalog.apiRequestsPerMinute(limits), s.trialEndsAt(), s.interval(), limits, s.periodEnd(),
				s.scheduledPlan(), s.cancelAtPeriodEnd(), s.pastDueSince());
	}

}
