package app.distribu.billing.subscription;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import app.distribu.billing.db.tables.records.SubscriptionRecord;

import static app.distribu.billing.db.Tables.SUBSCRIPTION;

@Repository
public class SubscriptionRepository {

	private final DSLContext db;

	SubscriptionRepository(DSLContext db) {
		this.db = db;
	}

	/** False when the company already has a subscription. */
	boolean insert(Subscription subscription) {
		return this.db.insertInto(SUBSCRIPTION)
			.set(SUBSCRIPTION.COMPANY_ID, subscription.companyId())
			.set(SUBSCRIPTION.PLAN, subscription.plan().name())
			.set(SUBSCRIPTION.STATUS, subscription.status())
			.set(SUBSCRIPTION.TRIAL_ENDS_AT,
					(subscription.trialEndsAt() != null) ? subscription.trialEndsAt().atOffset(ZoneOffset.UTC) : null)
			.onConflictDoNothing()
			.execute() == 1;
	}

	/**
	 * Optimistic lock: false when the subscription changed since {@code before} was read.
	 */
	boolean update(Subscription before, Subscription after) {
		return this.db.update(SUBSCRIPTION)
			.set(SUBSCRIPTION.PLAN, after.plan().name())
			.set(SUBSCRIPTION.STATUS, after.status())
			.set(SUBSCRIPTION.VERSION, after.version())
			.where(SUBSCRIPTION.COMPANY_ID.eq(before.companyId()).and(SUBSCRIPTION.VERSION.eq(before.version())))
			.execute() == 1;
	}

	/** Trials past their end that still have more than Starter limits, oldest first. */
	List<Subscription> trialsEndedBefore(Instant now, int limit) {
		return this.db.selectFrom(SUBSCRIPTION)
			.where(SUBSCRIPTION.STATUS.eq("TRIALING")
				.and(SUBSCRIPTION.PLAN.ne(Plan.STARTER.name()))
				.and(SUBSCRIPTION.TRIAL_ENDS_AT.le(now.atOffset(ZoneOffset.UTC))))
			.orderBy(SUBSCRIPTION.TRIAL_ENDS_AT)
			.limit(limit)
			.fetch(SubscriptionRepository::toSubscription);
	}

	public Optional<Subscription> find(UUID companyId) {
		return this.db.selectFrom(SUBSCRIPTION)
			.where(SUBSCRIPTION.COMPANY_ID.eq(companyId))
			.fetchOptional(SubscriptionRepository::toSubscription);
	}

	private static Subscription toSubscription(SubscriptionRecord r) {
		return new Subscription(r.getCompanyId(), Plan.valueOf(r.getPlan()), r.getStatus(),
				(r.getTrialEndsAt() != null) ? r.getTrialEndsAt().toInstant() : null, r.getVersion());
	}

}
