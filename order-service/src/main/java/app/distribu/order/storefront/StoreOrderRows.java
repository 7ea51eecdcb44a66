package app.distribu.order.storefront;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.order.db.Tables.ORDERS;
import static org.jooq.impl.DSL.noCondition;

/** The order history of the signed-in contact's customer, newest first. */
@Repository
class StoreOrderRows {

	private final DSLContext db;

	StoreOrderRows(DSLContext db) {
		this.db = db;
	}

	/** {@code limit + 1} rows, so the page knows whether there are older ones. */
	List<Row> newest(StoreSession session, Long beforeNumber, int limit) {
		return this.db.select(ORDERS.ID, ORDERS.NUMBER, ORDERS.STATUS, ORDERS.TOTAL, ORDERS.CURRENCY, ORDERS.CREATED_AT)
			.from(ORDERS)
			.where(ORDERS.COMPANY_ID.eq(session.companyId())
				.and(ORDERS.CUSTOMER_ID.eq(session.customerId()))
				.and(ORDERS.DELETED_AT.isNull()))
			.and((beforeNumber != null) ? ORDERS.NUMBER.lt(beforeNumber) : noCondition())
			.orderBy(ORDERS.NUMBER.desc())
			.limit(limit + 1)
			.fetch((r) -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6().toInstant()));
	}

	public record Row(UUID id, long number, String status, BigDecimal total, String currency, Instant createdAt) {

		private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy")
			.withZone(ZoneOffset.UTC);

		public String created() {
			return WHEN.format(this.createdAt);
		}

		public String amount() {
			return this.total.toPlainString() + " " + this.currency;
		}

	}

}
