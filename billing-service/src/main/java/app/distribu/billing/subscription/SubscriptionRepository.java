package app.distribu.billing.subscription;

import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

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

	public Optional<Subscription> find(UUID companyId) {
		return this.db.selectFrom(SUBSCRIPTION)
			.where(SUBSCRIPTION.COMPANY_ID.eq(companyId))
			.fetchOptional((r) -> new Subscription(r.getCompanyId(), Plan.valueOf(r.getPlan()), r.getStatus(),
					(r.getTrialEndsAt() != null) ? r.getTrialEndsAt().toInstant() : null, r.getVersion()));
	}

}
