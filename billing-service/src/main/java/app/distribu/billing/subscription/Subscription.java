package app.distribu.billing.subscription;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import app.distribu.billing.plan.BillingInterval;
import app.distribu.billing.plan.Plan;

/**
 * A company's plan and where its subscription stands. The paid period is
 * {@code [periodStart, periodEnd)} in UTC dates; {@code priceCents} is what one interval
 * of the current plan was charged at.
 *
 * @param paidPlan the plan of the last paid invoice: a past-due subscription keeps its
 * limits (never more than the current plan's)
 * @param scheduledPlan a downgrade waiting for the period end (with
 * {@code scheduledInterval})
 */
public record Subscription(UUID companyId, Plan plan, Status status, BillingInterval interval, String currency,
		Long priceCents, LocalDate periodStart, LocalDate periodEnd, LocalDate anchorDate, Instant trialEndsAt,
		Plan paidPlan, Plan scheduledPlan, BillingInterval scheduledInterval, boolean cancelAtPeriodEnd,
		Instant pastDueSince, int version) {

	public enum Status {

		TRIALING, ACTIVE, PAST_DUE, CANCELED

	}

	static Subscription trial(UUID companyId, String currency, Instant trialEndsAt) {
		return new Subscription(companyId, Plan.GROWTH, Status.TRIALING, BillingInterval.MONTHLY, currency, null, null,
				null, null, trialEndsAt, null, null, null, false, null, 0);
	}

	/**
	 * The plan whose limits apply: a past-due subscription falls back to what was last
	 * paid for, a canceled one to Starter, as an ended trial already did.
	 */
	public Plan limitsPlan() {
		return switch (this.status) {
			case TRIALING, ACTIVE -> this.plan;
			case PAST_DUE -> Plan.lower(this.plan, (this.paidPlan != null) ? this.paidPlan : Plan.STARTER);
			case CANCELED -> Plan.STARTER;
		};
	}

	/** A period was bought and is running (possibly unpaid yet). */
	public boolean inPaidPeriod() {
		return (this.status == Status.ACTIVE || this.status == Status.PAST_DUE) && this.periodEnd != null;
	}

	/** A trial whose end has passed; it may already run on Starter limits. */
	public boolean trialEndedBy(Instant now) {
		return this.status == Status.TRIALING && this.trialEndsAt != null && !this.trialEndsAt.isAfter(now);
	}

	public boolean hasScheduledChange() {
		return this.scheduledPlan != null || this.scheduledInterval != null || this.cancelAtPeriodEnd;
	}

	/**
	 * A new paid period from {@code today}: a first purchase, after a trial, or again.
	 */
	Subscription startPeriod(Plan chosen, BillingInterval every, long price, LocalDate today) {
		return new Subscription(this.companyId, chosen, Status.ACTIVE, every, this.currency, price, today,
				every.periodEnd(today, 1), today, this.trialEndsAt, this.paidPlan, null, null, false, null,
				this.version + 1);
	}

	/** A higher plan for the rest of the current period. */
	Subscription upgradeInPeriod(Plan chosen, long price) {
		return new Subscription(this.companyId, chosen, this.status, this.interval, this.currency, price,
				this.periodStart, this.periodEnd, this.anchorDate, this.trialEndsAt, this.paidPlan, null,
				this.scheduledInterval, false, this.pastDueSince, this.version + 1);
	}

	Subscription schedule(Plan next, BillingInterval every) {
		return new Subscription(this.companyId, this.plan, this.status, this.interval, this.currency, this.priceCents,
				this.periodStart, this.periodEnd, this.anchorDate, this.trialEndsAt, this.paidPlan,
				(next != this.plan) ? next : null, (every != this.interval) ? every : null, false, this.pastDueSince,
				this.version + 1);
	}

	Subscription cancelAtEnd() {
		return new Subscription(this.companyId, this.plan, this.status, this.interval, this.currency, this.priceCents,
				this.periodStart, this.periodEnd, this.anchorDate, this.trialEndsAt, this.paidPlan, null, null, true,
				this.pastDueSince, this.version + 1);
	}

	Subscription keepAsIs() {
		return new Subscription(this.companyId, this.plan, this.status, this.interval, this.currency, this.priceCents,
				this.periodStart, this.periodEnd, this.anchorDate, this.trialEndsAt, this.paidPlan, null, null, false,
				this.pastDueSince, this.version + 1);
	}

	/** The next period, with any scheduled change applied. */
	Subscription renew(Plan next, BillingInterval every, long price) {
		LocalDate anchor = (every == this.interval) ? this.anchorDate : this.periodEnd;
		return new Subscription(this.companyId, next, this.status, every, this.currency, price, this.periodEnd,
				every.nextEnd(anchor, this.periodEnd), anchor, this.trialEndsAt, this.paidPlan, null, null, false,
				this.pastDueSince, this.version + 1);
	}

	Subscription pastDue(Instant now) {
		return new Subscription(this.companyId, this.plan, Status.PAST_DUE, this.interval, this.currency,
				this.priceCents, this.periodStart, this.periodEnd, this.anchorDate, this.trialEndsAt, this.paidPlan,
				this.scheduledPlan, this.scheduledInterval, this.cancelAtPeriodEnd, now, this.version + 1);
	}

	/**
	 * An invoice for {@code invoicePlan} was paid; with nothing else unpaid the
	 * subscription is in good standing again.
	 */
	Subscription paid(Plan invoicePlan, boolean nothingElseUnpaid) {
		boolean clears = this.status == Status.PAST_DUE && nothingElseUnpaid;
		return new Subscription(this.companyId, this.plan, clears ? Status.ACTIVE : this.status, this.interval,
				this.currency, this.priceCents, this.periodStart, this.periodEnd, this.anchorDate, this.trialEndsAt,
				invoicePlan, this.scheduledPlan, this.scheduledInterval, this.cancelAtPeriodEnd,
				clears ? null : this.pastDueSince, this.version + 1);
	}

	Subscription canceled() {
		return new Subscription(this.companyId, this.plan, Status.CANCELED, this.interval, this.currency, null, null,
				null, null, this.trialEndsAt, null, null, null, false, null, this.version + 1);
	}

	/**
	 * The soft end of a trial: Starter limits from now on, still TRIALING (nothing was
	 * paid for), the past end date telling the pages to say the trial ended.
	 */
	Subscription endTrial() {
		return new Subscription(this.companyId, Plan.STARTER, this.status, this.interval, this.currency,
				this.priceCents, this.periodStart, this.periodEnd, this.anchorDate, this.trialEndsAt, this.paidPlan,
				this.scheduledPlan, this.scheduledInterval, this.cancelAtPeriodEnd, this.pastDueSince,
				this.version + 1);
	}

}
