package app.distribu.order.quota;

import java.time.ZoneOffset;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import static app.distribu.order.db.Tables.COMPANY_PLAN;
import static app.distribu.order.db.Tables.MONTHLY_ORDER_COUNT;

@Repository
class QuotaRepository {

	private final DSLContext db;

	QuotaRepository(DSLContext db) {
		this.db = db;
	}

	/** Keeps the newest plan: an event older than the stored one changes nothing. */
	void savePlan(CompanyPlan plan) {
		this.db.insertInto(COMPANY_PLAN)
			.set(COMPANY_PLAN.COMPANY_ID, plan.companyId())
			.set(COMPANY_PLAN.PLAN, plan.plan())
			.set(COMPANY_PLAN.STATUS, plan.status())
			.set(COMPANY_PLAN.MONTHLY_ORDER_LIMIT, plan.monthlyOrderLimit())
			.set(COMPANY_PLAN.TRIAL_ENDS_AT,
					(plan.trialEndsAt() != null) ? plan.trialEndsAt().atOffset(ZoneOffset.UTC) : null)
			.set(COMPANY_PLAN.CHANGED_AT, plan.changedAt().atOffset(ZoneOffset.UTC))
			.onConflict(COMPANY_PLAN.COMPANY_ID)
			.doUpdate()
			.set(COMPANY_PLAN.PLAN, DSL.excluded(COMPANY_PLAN.PLAN))
			.set(COMPANY_PLAN.STATUS, DSL.excluded(COMPANY_PLAN.STATUS))
			.set(COMPANY_PLAN.MONTHLY_ORDER_LIMIT, DSL.excluded(COMPANY_PLAN.MONTHLY_ORDER_LIMIT))
			.set(COMPANY_PLAN.TRIAL_ENDS_AT, DSL.excluded(COMPANY_PLAN.TRIAL_ENDS_AT))
			.set(COMPANY_PLAN.CHANGED_AT, DSL.excluded(COMPANY_PLAN.CHANGED_AT))
			.where(COMPANY_PLAN.CHANGED_AT.le(DSL.excluded(COMPANY_PLAN.CHANGED_AT)))
			.execute();
	}

	MonthlyQuota.Usage usage(UUID companyId, String month, int defaultLimit) {
		Integer used = this.db.select(MONTHLY_ORDER_COUNT.ORDERS)
			.from(MONTHLY_ORDER_COUNT)
			.where(MONTHLY_ORDER_COUNT.COMPANY_ID.eq(companyId).and(MONTHLY_ORDER_COUNT.MONTH.eq(month)))
			.fetchOne(MONTHLY_ORDER_COUNT.ORDERS);
		return this.db.select(COMPANY_PLAN.PLAN, COMPANY_PLAN.MONTHLY_ORDER_LIMIT)
			.from(COMPANY_PLAN)
			.where(COMPANY_PLAN.COMPANY_ID.eq(companyId))
			.fetchOptional(
					(plan) -> new MonthlyQuota.Usage(month, (used != null) ? used : 0, plan.value2(), plan.value1()))
			.orElseGet(() -> new MonthlyQuota.Usage(month, (used != null) ? used : 0, defaultLimit, null));
	}

	/**
	 * Whether the month already holds the company's limit; a plain read, no lock.
	 */
	boolean reached(UUID companyId, String month, int defaultLimit) {
		Field<Integer> count = DSL
			.coalesce(
					DSL.field(DSL.select(MONTHLY_ORDER_COUNT.ORDERS)
						.from(MONTHLY_ORDER_COUNT)
						.where(MONTHLY_ORDER_COUNT.COMPANY_ID.eq(companyId).and(MONTHLY_ORDER_COUNT.MONTH.eq(month)))),
					0);
		return this.db.fetchExists(DSL.selectOne().where(count.ge(limit(companyId, defaultLimit))));
	}

	/**
	 * Counts one more order unless the month already holds the company's limit. One
	 * statement, limit lookup included: the row lock it takes is held until the order
	 * commits, and a waiting transaction re-checks the condition against the committed
	 * count, so concurrent orders can never overshoot.
	 */
	boolean take(UUID companyId, String month, int defaultLimit) {
		Field<Integer> orders = MONTHLY_ORDER_COUNT.ORDERS;
		return this.db.insertInto(MONTHLY_ORDER_COUNT)
			.set(MONTHLY_ORDER_COUNT.COMPANY_ID, companyId)
			.set(MONTHLY_ORDER_COUNT.MONTH, month)
			.set(orders, 1)
			.onConflict(MONTHLY_ORDER_COUNT.COMPANY_ID, MONTHLY_ORDER_COUNT.MONTH)
			.doUpdate()
			.set(orders, orders.plus(1))
			.where(orders.lt(limit(companyId, defaultLimit)))
			.execute() == 1;
	}

	/**
	 * The plan's limit, unlimited (a null limit) as the largest integer, and the default
	 * for a company billing has not announced yet.
	 */
	private static Field<Integer> limit(UUID companyId, int defaultLimit) {
		return DSL.coalesce(
				DSL.field(DSL.select(DSL.coalesce(COMPANY_PLAN.MONTHLY_ORDER_LIMIT, DSL.inline(Integer.MAX_VALUE)))
					.from(COMPANY_PLAN)
					.where(COMPANY_PLAN.COMPANY_ID.eq(companyId))),
				DSL.val(defaultLimit));
	}

}
