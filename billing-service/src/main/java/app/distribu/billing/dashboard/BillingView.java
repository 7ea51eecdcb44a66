package app.distribu.billing.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import app.distribu.billing.invoice.Invoice;
import app.distribu.billing.plan.BillingInterval;
import app.distribu.billing.plan.Money;
import app.distribu.billing.plan.Plan;
import app.distribu.billing.plan.PlanCatalog;
import app.distribu.billing.subscription.Subscription;
import app.distribu.billing.subscription.SubscriptionRepository.HistoryEntry;

/**
 * What the billing page shows. {@code subscription} is null until the trial starts.
 *
 * @param resetsOn the first day of next month, when the order counter starts again
 * @param nextPrice what the next period will cost (null when nothing renews)
 */
record BillingView(Subscription subscription, int ordersThisMonth, String month, LocalDate resetsOn, Instant now,
		PlanCatalog catalog, List<Invoice> unpaid, Long nextPrice, String paymentMethod, boolean hasPortal,
		List<HistoryEntry> history) {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	public boolean trialEnded() {
		return this.subscription.trialEndedBy(this.now);
	}

	public String planName() {
		return this.subscription.plan().label();
	}

	public String interval() {
		return (this.subscription.status() == Subscription.Status.TRIALING) ? "Trial"
				: capitalized(this.subscription.interval().label());
	}

	public String status() {
		return switch (this.subscription.status()) {
			case TRIALING -> trialEnded() ? "Trial ended" : "Trial";
			case ACTIVE -> "Active";
			case PAST_DUE -> "Past due";
			case CANCELED -> "Canceled";
		};
	}

	public String statusBadge() {
		return switch (this.subscription.status()) {
			case ACTIVE -> "badge ok";
			case TRIALING -> "badge warn";
			default -> "badge bad";
		};
	}

	public String trialEnds() {
		Instant end = this.subscription.trialEndsAt();
		return (this.subscription.status() == Subscription.Status.TRIALING && end != null && !trialEnded())
				? DAY.format(end) : null;
	}

	public String trialEndedOn() {
		return trialEnded() ? DAY.format(this.subscription.trialEndsAt()) : null;
	}

	public boolean limitsDiffer() {
		return this.subscription.limitsPlan() != this.subscription.plan();
	}

	public String limitsPlan() {
		return this.subscription.limitsPlan().label();
	}

	public String limit() {
		Integer limit = this.catalog.monthlyOrderLimit(this.subscription.limitsPlan());
		return (limit != null) ? String.format("%,d", limit) : "Unlimited";
	}

	public boolean limited() {
		return this.catalog.monthlyOrderLimit(this.subscription.limitsPlan()) != null;
	}

	public String resets() {
		return DAY.format(this.resetsOn.atStartOfDay().toInstant(ZoneOffset.UTC));
	}

	/** Share of the monthly limit used, 0–100. */
	public int percentUsed() {
		Integer limit = this.catalog.monthlyOrderLimit(this.subscription.limitsPlan());
		if (limit == null || limit == 0) {
			return 0;
		}
		return (int) Math.min(100, Math.round(this.ordersThisMonth * 100.0 / limit));
	}

	public String barColor() {
		int used = percentUsed();
		return (used >= 100) ? "var(--bad)" : (used >= 80) ? "var(--warn)" : "var(--ok)";
	}

	public int apiRequestsPerMinute() {
		return this.catalog.apiRequestsPerMinute(this.subscription.limitsPlan());
	}

	public String periodEnd() {
		return (this.subscription.periodEnd() != null) ? day(this.subscription.periodEnd()) : null;
	}

	/** "Pro, monthly, USD 199.00 on 15 April 2026", or what is scheduled instead. */
	public String nextInvoice() {
		Subscription s = this.subscription;
		if (!s.inPaidPeriod()) {
			return null;
		}
		if (s.cancelAtPeriodEnd()) {
			return "None: the subscription ends on " + day(s.periodEnd())
					+ ", then the store keeps working with Starter limits.";
		}
		Plan next = (s.scheduledPlan() != null) ? s.scheduledPlan() : s.plan();
		BillingInterval every = (s.scheduledInterval() != null) ? s.scheduledInterval() : s.interval();
		return next.label() + ", " + every.label()
				+ ((this.nextPrice != null) ? ", " + Money.format(s.currency(), this.nextPrice) : "") + " on "
				+ day(s.periodEnd());
	}

	public String scheduled() {
		Subscription s = this.subscription;
		if (s.cancelAtPeriodEnd()) {
			return "Cancels on " + day(s.periodEnd());
		}
		if (s.scheduledPlan() == null && s.scheduledInterval() == null) {
			return null;
		}
		Plan next = (s.scheduledPlan() != null) ? s.scheduledPlan() : s.plan();
		BillingInterval every = (s.scheduledInterval() != null) ? s.scheduledInterval() : s.interval();
		return "Changes to " + next.label() + " (" + every.label() + ") on " + day(s.periodEnd());
	}

	public boolean canCancel() {
		return this.subscription.inPaidPeriod() && !this.subscription.hasScheduledChange();
	}

	/** For the tables: a day as "1 May 2026" (UTC). */
	public String date(Instant at) {
		return DAY.format(at);
	}

	public String amount(Invoice invoice) {
		return Money.format(invoice.currency(), invoice.totalCents());
	}

	static String day(LocalDate date) {
		return DAY.format(date.atStartOfDay().toInstant(ZoneOffset.UTC));
	}

	static String capitalized(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
