package app.distribu.order.quota;

import java.time.ZoneOffset;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import static app.distribu.order.db.Tables.COMPANY_PLAN;
import static app.distribu.order.db.Tables.MONTHLY_ORDER_COUNT;

@Repository
class QuotaRepository {

	// The plan's limit, unlimited (a null limit) as the largest integer, and the default
	// for a company billing has not announced yet. Both statements run for every order,
	// so they are written out (see OrderRepository).
	private static final String LIMIT = """
			coalesce((select coalesce(monthly_order_limit, 2147483647) from company_plan where company_id = ?), ?)""";

	private static final String REACHED = """
			select coalesce((select orders from monthly_order_count where company_id = ? and month = ?), 0) >= """
			+ LIMIT;

	private static final String TAKE = """
			insert into monthly_order_count (company_id, month, orders) values (?, ?, 1)
			on conflict (company_id, month) do update set orders = monthly_order_count.orders + 1
			where monthly_order_count.orders < """ + LIMIT;

	private final DSLContext db;

	private final JdbcTemplate jdbc;

	QuotaRepository(DSLContext db, JdbcTemplate jdbc) {
		this.db = db;
		this.jdbc = jdbc;
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
		return Boolean.TRUE.equals(this.jdbc.query(REACHED, (statement) -> {
			statement.setObject(1, companyId);
			statement.setString(2, month);
			statement.setObject(3, companyId);
			statement.setInt(4, defaultLimit);
		}, (rows) -> rows.next() && rows.getBoolean(1)));
	}

	/**
	 * Counts one more order unless the month already holds the company's limit. One
	 * statement, limit lookup included: the row lock it takes is held until the order
	 * commits, and a waiting transaction re-checks the condition against the committed
	 * count, so concurrent orders can never overshoot.
	 */
	boolean take(UUID companyId, String month, int defaultLimit) {
		return this.jdbc.update(TAKE, (statement) -> {
			statement.setObject(1, companyId);
			statement.setString(2, month);
			statement.setObject(3, companyId);
			statement.setInt(4, defaultLimit);
		}) == 1;
	}

}
