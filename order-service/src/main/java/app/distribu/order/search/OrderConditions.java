package app.distribu.order.search;

import java.time.ZoneOffset;
import java.util.UUID;

import org.jooq.Condition;

import org.springframework.stereotype.Repository;

import static app.distribu.order.db.Tables.ORDERS;
import static app.distribu.order.db.Tables.ORDER_LINE;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;

/**
 * The SQL of a filter, shared by the dashboard's list and the export: always one
 * company's orders that were not deleted.
 */
@Repository
public class OrderConditions {

	public Condition of(UUID companyId, OrderFilter filter) {
		Condition condition = ORDERS.COMPANY_ID.eq(companyId).and(ORDERS.DELETED_AT.isNull());
		if (filter.status() != null) {
			condition = condition.and(ORDERS.STATUS.eq(filter.status().name()));
		}
		if (filter.source() != null) {
			condition = condition.and(ORDERS.SOURCE.eq(filter.source().name()));
		}
		if (filter.customerId() != null) {
			condition = condition.and(ORDERS.CUSTOMER_ID.eq(filter.customerId()));
		}
		if (filter.from() != null) {
			condition = condition.and(ORDERS.CREATED_AT.ge(filter.from().atStartOfDay().atOffset(ZoneOffset.UTC)));
		}
		if (filter.to() != null) {
			condition = condition
				.and(ORDERS.CREATED_AT.lt(filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
		}
		return condition.and(matching(filter.query()));
	}

	/**
	 * "1042" or "#1042" finds the order number; anything else a SKU on one of its lines.
	 */
	private static Condition matching(String query) {
		if (query == null) {
			return noCondition();
		}
		String number = query.startsWith("#") ? query.substring(1) : query;
		Condition bySku = exists(selectOne().from(ORDER_LINE)
			.where(ORDER_LINE.ORDER_ID.eq(ORDERS.ID).and(ORDER_LINE.SKU.containsIgnoreCase(query))));
		return number.matches("\\d{1,18}") ? ORDERS.NUMBER.eq(Long.parseLong(number)).or(bySku) : bySku;
	}

}
