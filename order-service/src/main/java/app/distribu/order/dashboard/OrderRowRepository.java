package app.distribu.order.dashboard;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import app.distribu.order.search.OrderConditions;
import app.distribu.order.search.OrderFilter;

import static app.distribu.order.db.Tables.CUSTOMER_REF;
import static app.distribu.order.db.Tables.ORDERS;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.val;

@Repository
class OrderRowRepository {

	private final DSLContext db;

	private final OrderConditions conditions;

	OrderRowRepository(DSLContext db, OrderConditions conditions) {
		this.db = db;
		this.conditions = conditions;
	}

	/**
	 * Newest first, {@code limit + 1} rows so the page knows whether there are older
	 * ones.
	 */
	List<OrderRow> newest(UUID companyId, OrderFilter filter, Long beforeNumber, int limit) {
		return this.db
			.select(ORDERS.ID, ORDERS.NUMBER, coalesce(CUSTOMER_REF.NAME, val("Unknown customer")), ORDERS.SOURCE,
					ORDERS.STATUS, ORDERS.TOTAL, ORDERS.CURRENCY, ORDERS.CREATED_AT)
			.from(ORDERS)
			.leftJoin(CUSTOMER_REF)
			.on(CUSTOMER_REF.ID.eq(ORDERS.CUSTOMER_ID).and(CUSTOMER_REF.COMPANY_ID.eq(ORDERS.COMPANY_ID)))
			.where(this.conditions.of(companyId, filter))
			.and((beforeNumber != null) ? ORDERS.NUMBER.lt(beforeNumber) : noCondition())
			.orderBy(ORDERS.NUMBER.desc())
			.limit(limit + 1)
			.fetch((r) -> new OrderRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
					r.value7(), r.value8().toInstant()));
	}

	int count(UUID companyId, OrderFilter filter) {
		return this.db.fetchCount(ORDERS, this.conditions.of(companyId, filter));
	}

}
