package app.distribu.billing.usage;

import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.billing.db.Tables.USAGE_COUNTER;

@Repository
public class UsageRepository {

	private final DSLContext db;

	UsageRepository(DSLContext db) {
		this.db = db;
	}

	void increment(UUID companyId, String month) {
		this.db.insertInto(USAGE_COUNTER)
			.set(USAGE_COUNTER.COMPANY_ID, companyId)
			.set(USAGE_COUNTER.MONTH, month)
			.set(USAGE_COUNTER.ORDERS, 1)
			.onConflict(USAGE_COUNTER.COMPANY_ID, USAGE_COUNTER.MONTH)
			.doUpdate()
			.set(USAGE_COUNTER.ORDERS, USAGE_COUNTER.ORDERS.plus(1))
			.execute();
	}

	public int orders(UUID companyId, String month) {
		Integer orders = this.db.select(USAGE_COUNTER.ORDERS)
			.from(USAGE_COUNTER)
			.where(USAGE_COUNTER.COMPANY_ID.eq(companyId).and(USAGE_COUNTER.MONTH.eq(month)))
			.fetchOne(USAGE_COUNTER.ORDERS);
		return (orders != null) ? orders : 0;
	}

}
