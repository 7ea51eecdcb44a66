package app.distribu.order.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import org.springframework.stereotype.Repository;

import static app.distribu.order.db.Tables.ORDERS;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

@Repository
class OrderSummaryRepository {

	static final int DAYS = 30;

	private final DSLContext db;

	OrderSummaryRepository(DSLContext db) {
		this.db = db;
	}

	/**
	 * Orders and revenue per UTC day from {@code from} to {@code today}, both included.
	 */
	List<OrderSummary.Day> days(UUID companyId, String currency, LocalDate from, LocalDate today) {
		Field<LocalDate> day = DSL.field("({0} at time zone 'UTC')::date", SQLDataType.LOCALDATE, ORDERS.CREATED_AT);
		Map<LocalDate, Record3<LocalDate, Integer, BigDecimal>> found = this.db.select(day, count(), revenue(currency))
			.from(ORDERS)
			.where(live(companyId).and(ORDERS.CREATED_AT.ge(from.atStartOfDay().atOffset(ZoneOffset.UTC))))
			.groupBy(day)
			.fetchMap(day);
		List<OrderSummary.Day> days = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(today); date = date.plusDays(1)) {
			Record3<LocalDate, Integer, BigDecimal> row = found.get(date);
			days.add(new OrderSummary.Day(date, (row != null) ? row.value2() : 0,
					money((row != null) ? row.value3() : null)));
		}
		return days;
	}

	OrderSummary.Figures since(UUID companyId, String currency, LocalDate from) {
		Record2<Integer, BigDecimal> row = this.db.select(count(), revenue(currency))
			.from(ORDERS)
			.where(live(companyId).and(ORDERS.CREATED_AT.ge(from.atStartOfDay().atOffset(ZoneOffset.UTC))))
			.fetchOne();
		return new OrderSummary.Figures(row.value1(), money(row.value2()));
	}

	int withStatus(UUID companyId, String status) {
		return this.db.fetchCount(ORDERS, live(companyId).and(ORDERS.STATUS.eq(status)));
	}

	private static Condition live(UUID companyId) {
		return ORDERS.COMPANY_ID.eq(companyId).and(ORDERS.DELETED_AT.isNull());
	}

	private static Field<BigDecimal> revenue(String currency) {
		return sum(ORDERS.TOTAL).filterWhere(ORDERS.STATUS.ne("CANCELLED").and(ORDERS.CURRENCY.eq(currency)));
	}

	private static String money(BigDecimal amount) {
		return ((amount != null) ? amount : BigDecimal.ZERO).setScale(2).toPlainString();
	}

}
