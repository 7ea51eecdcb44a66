package app.distribu.billing.subscription;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import app.distribu.billing.db.tables.records.SubscriptionRecord;
import app.distribu.billing.plan.BillingInterval;
import app.distribu.billing.plan.Plan;

import static app.distribu.billing.db.Tables.SUBSCRIPTION;
import static app.distribu.billing.db.Tables.SUBSCRIPTION_HISTORY;

@Repository
public class SubscriptionRepository {

	private final DSLContext db;

	SubscriptionRepository(DSLContext db) {
		this.db = db;
	}

	/** False when the company already has a subscription. */
	boolean insert(Subscription s) {
		return this.db.insertInto(SUBSCRIPTION)
			.set(SUBSCRIPTION.COMPANY_ID, s.companyId())
			.set(SUBSCRIPTION.PLAN, s.plan().name())
			.set(SUBSCRIPTION.STATUS, s.status().name())
			.set(SUBSCRIPTION.BILLING_INTERVAL, s.interval().name())
			.set(SUBSCRIPTION.CURRENCY, s.currency())
			.set(SUBSCRIPTION.TRIAL_ENDS_AT, utc(s.trialEndsAt()))
			.onConflictDoNothing()
			.execute() == 1;
	}

	/**
	 * Optimistic lock: false when the subscription changed since {@code before} was read.
	 */
	boolean update(Subscription before, Subscription after) {
		return this.db.update(SUBSCRIPTION)
			.set(SUBSCRIPTION.PLAN, after.plan().name())
			.set(SUBSCRIPTION.STATUS, after.status().name())
			.set(SUBSCRIPTION.BILLING_INTERVAL, after.interval().name())
			.set(SUBSCRIPTION.PRICE_CENTS, after.priceCents())
			.set(SUBSCRIPTION.PERIOD_START, after.periodStart())
			.set(SUBSCRIPTION.PERIOD_END, after.periodEnd())
			.set(SUBSCRIPTION.ANCHOR_DATE, after.anchorDate())
			.set(SUBSCRIPTION.PAID_PLAN, name(after.paidPlan()))
			.set(SUBSCRIPTION.SCHEDULED_PLAN, name(after.scheduledPlan()))
			.set(SUBSCRIPTION.SCHEDULED_INTERVAL, name(after.scheduledInterval()))
			.set(SUBSCRIPTION.CANCEL_AT_PERIOD_END, after.cancelAtPeriodEnd())
			.set(SUBSCRIPTION.PAST_DUE_SINCE, utc(after.pastDueSince()))
			.set(SUBSCRIPTION.VERSION, after.version())
			.where(SUBSCRIPTION.COMPANY_ID.eq(before.companyId()).and(SUBSCRIPTION.VERSION.eq(before.version())))
			.execute() == 1;
	}

	void recordHistory(Subscription s, String reason, UUID invoiceId, Instant at) {
		this.db.insertInto(SUBSCRIPTION_HISTORY)
			.set(SUBSCRIPTION_HISTORY.COMPANY_ID, s.companyId())
			.set(SUBSCRIPTION_HISTORY.AT, utc(at))
			.set(SUBSCRIPTION_HISTORY.REASON, reason)
			.set(SUBSCRIPTION_HISTORY.PLAN, s.plan().name())
			.set(SUBSCRIPTION_HISTORY.STATUS, s.status().name())
			.set(SUBSCRIPTION_HISTORY.BILLING_INTERVAL, s.interval().name())
			.set(SUBSCRIPTION_HISTORY.LIMITS_PLAN, s.limitsPlan().name())
			.set(SUBSCRIPTION_HISTORY.INVOICE_ID, invoiceId)
			.execute();
	}

	/** Newest first. */
	public List<HistoryEntry> history(UUID companyId, int limit) {
		return this.db.selectFrom(SUBSCRIPTION_HISTORY)
			.where(SUBSCRIPTION_HISTORY.COMPANY_ID.eq(companyId))
			.orderBy(SUBSCRIPTION_HISTORY.ID.desc())
			.limit(limit)
			.fetch((r) -> new HistoryEntry(r.getAt().toInstant(), r.getReason(), Plan.valueOf(r.getPlan()),
					Subscription.Status.valueOf(r.getStatus()), BillingInterval.valueOf(r.getBillingInterval()),
					Plan.valueOf(r.getLimitsPlan())));
	}

	/** Trials past their end that still have more than Starter limits, oldest first. */
	List<Subscription> trialsEndedBefore(Instant now, int limit) {
		return this.db.selectFrom(SUBSCRIPTION)
			.where(SUBSCRIPTION.STATUS.eq(Subscription.Status.TRIALING.name())
				.and(SUBSCRIPTION.PLAN.ne(Plan.STARTER.name()))
				.and(SUBSCRIPTION.TRIAL_ENDS_AT.le(utc(now))))
			.orderBy(SUBSCRIPTION.TRIAL_ENDS_AT)
			.limit(limit)
			.fetch(SubscriptionRepository::toSubscription);
	}

	/** Running subscriptions whose period ended by {@code today}. */
	List<Subscription> periodsEndedBy(LocalDate today, int limit) {
		return this.db.selectFrom(SUBSCRIPTION)
			.where(SUBSCRIPTION.STATUS.eq(Subscription.Status.ACTIVE.name()).and(SUBSCRIPTION.PERIOD_END.le(today)))
			.orderBy(SUBSCRIPTION.PERIOD_END)
			.limit(limit)
			.fetch(SubscriptionRepository::toSubscription);
	}

	/** Past due since before {@code before}. */
	List<Subscription> pastDueSince(Instant before, int limit) {
		return this.db.selectFrom(SUBSCRIPTION)
			.where(SUBSCRIPTION.STATUS.eq(Subscription.Status.PAST_DUE.name())
				.and(SUBSCRIPTION.PAST_DUE_SINCE.le(utc(before))))
			.orderBy(SUBSCRIPTION.PAST_DUE_SINCE)
			.limit(limit)
			.fetch(SubscriptionRepository::toSubscription);
	}

	/** Locks the subscription until the transaction ends. */
	Optional<Subscription> lock(UUID companyId) {
		return this.db.selectFrom(SUBSCRIPTION)
			.where(SUBSCRIPTION.COMPANY_ID.eq(companyId))
			.forUpdate()
			.fetchOptional(SubscriptionRepository::toSubscription);
	}

	public Optional<Subscription> find(UUID companyId) {
		return this.db.selectFrom(SUBSCRIPTION)
			.where(SUBSCRIPTION.COMPANY_ID.eq(companyId))
			.fetchOptional(SubscriptionRepository::toSubscription);
	}

	private static Subscription toSubscription(SubscriptionRecord r) {
		return new Subscription(r.getCompanyId(), Plan.valueOf(r.getPlan()), Subscription.Status.valueOf(r.getStatus()),
				BillingInterval.valueOf(r.getBillingInterval()), r.getCurrency(), r.getPriceCents(), r.getPeriodStart(),
				r.getPeriodEnd(), r.getAnchorDate(), instant(r.getTrialEndsAt()), plan(r.getPaidPlan()),
				plan(r.getScheduledPlan()),
				(r.getScheduledInterval() != null) ? BillingInterval.valueOf(r.getScheduledInterval()) : null,
				r.getCancelAtPeriodEnd(), instant(r.getPastDueSince()), r.getVersion());
	}

	private static Plan plan(String name) {
		return (name != null) ? Plan.valueOf(name) : null;
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Instant instant(OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

	/** One change of the subscription, as its history shows it. */
	public record HistoryEntry(Instant at, String reason, Plan plan, Subscription.Status status,
			BillingInterval interval, Plan limitsPlan) {

	}

}
