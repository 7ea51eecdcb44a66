package app.distribu.order.export;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import app.distribu.order.search.OrderConditions;
import app.distribu.order.search.OrderFilter;

import static app.distribu.order.db.Tables.CUSTOMER_REF;
import static app.distribu.order.db.Tables.ORDERS;
import static app.distribu.order.db.Tables.ORDER_LINE;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;

/**
 * The export's rows in batches of whole orders, newest first: each batch continues below
 * the last order number of the one before (keyset), so memory stays flat however many
 * orders there are, and no transaction stays open while the client downloads.
 */
@Repository
class ExportRows {

	static final int ORDERS_PER_BATCH = 500;

	private final DSLContext db;

	private final OrderConditions conditions;

	ExportRows(DSLContext db, OrderConditions conditions) {
		this.db = db;
		this.conditions = conditions;
	}

	/**
	 * The lines of the next {@value #ORDERS_PER_BATCH} orders below {@code beforeNumber}.
	 */
	List<ExportRow> batch(UUID companyId, OrderFilter filter, Long beforeNumber) {
		var orderIds = select(ORDERS.ID).from(ORDERS)
			.where(this.conditions.of(companyId, filter))
			.and((beforeNumber != null) ? ORDERS.NUMBER.lt(beforeNumber) : noCondition())
			.orderBy(ORDERS.NUMBER.desc())
			.limit(ORDERS_PER_BATCH);
		return this.db
			.select(ORDERS.NUMBER, ORDERS.CREATED_AT, ORDERS.STATUS, ORDERS.SOURCE, ORDERS.CUSTOMER_ID,
					CUSTOMER_REF.NAME, ORDERS.PO_NUMBER, ORDERS.NOTES, ORDERS.CURRENCY, ORDERS.TOTAL,
					ORDER_LINE.LINE_NO, ORDER_LINE.SKU, ORDER_LINE.NAME, ORDER_LINE.UNIT_PRICE, ORDER_LINE.QUANTITY,
					ORDER_LINE.LINE_TOTAL, ORDERS.PAYMENT_TERMS, ORDERS.PAID_AT, ORDER_LINE.PRICE_RULE)
			.from(ORDERS)
			.join(ORDER_LINE)
			.on(ORDER_LINE.ORDER_ID.eq(ORDERS.ID))
			.leftJoin(CUSTOMER_REF)
			.on(CUSTOMER_REF.ID.eq(ORDERS.CUSTOMER_ID).and(CUSTOMER_REF.COMPANY_ID.eq(ORDERS.COMPANY_ID)))
			.where(ORDERS.ID.in(orderIds))
			.orderBy(ORDERS.NUMBER.desc(), ORDER_LINE.LINE_NO)
			.fetch((r) -> new ExportRow(r.value1(), r.value2().toInstant(), r.value3(), r.value4(),
					r.value5().toString(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(),
					r.value12(), r.value13(), r.value14(), r.value15(), r.value16(), r.value17(),
					(r.value18() != null) ? r.value18().toInstant() : null, r.value19()));
	}

}
