package app.distribu.billing.dashboard;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import app.distribu.billing.subscription.Subscription;

/**
 * What the billing page shows. {@code subscription} is null until the trial starts;
 * {@code trialEnded}: the trial is over and the store runs on Starter limits.
 */
public record BillingView(Subscription subscription, int ordersThisMonth, String month, boolean trialEnded) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

	public String planName() {
		return this.subscription.plan().label();
	}

	public String status() {
		return switch (this.subscription.status()) {
			case "TRIALING" -> this.trialEnded ? "Trial ended" : "Trial";
			case "ACTIVE" -> "Active";
			case "PAST_DUE" -> "Past due";
			default -> "Canceled";
		};
	}

	public String statusBadge() {
		return switch (this.subscription.status()) {
			case "ACTIVE" -> "badge ok";
			case "TRIALING" -> "badge warn";
			default -> "badge bad";
		};
	}

	public String trialEnds() {
		Instant end = this.subscription.trialEndsAt();
		return ("TRIALING".equals(this.subscription.status()) && end != null && !this.trialEnded) ? DAY.format(end)
				: null;
	}

	public String trialEndedOn() {
		return this.trialEnded ? DAY.format(this.subscription.trialEndsAt()) : null;
	}

	public String limit() {
		Integer limit = this.subscription.plan().monthlyOrderLimit();
		return (limit != null) ? String.format("%,d", limit) : "Unlimited";
	}

	public boolean limited() {
		return this.subscription.plan().monthlyOrderLimit() != null;
	}

	/** Share of the monthly limit used, 0–100. */
	public int percentUsed() {
		Integer limit = this.subscription.plan().monthlyOrderLimit();
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
		return this.subscription.plan().apiRequestsPerMinute();
	}

}
