package app.distribu.order.ordering;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jooq.Condition;

import static app.distribu.order.db.Tables.ORDERS;
import static org.jooq.impl.DSL.noCondition;

/**
 * Optional list filters; any null is ignored. Dates are whole UTC days, both ends
 * included.
 */
record OrderFilter(OrderStatus status, OrderSource source, UUID customerId, LocalDate createdFrom,
		LocalDate createdTo) {

	static final OrderFilter NONE = new OrderFilter(null, null, null, null, null);

	Condition condition() {
		Condition condition = noCondition();
		if (this.status != null) {
			condition = condition.and(ORDERS.STATUS.eq(this.status.name()));
		}
		if (this.source != null) {
			condition = condition.and(ORDERS.SOURCE.eq(this.source.name()));
		}
		if (this.customerId != null) {
			condition = condition.and(ORDERS.CUSTOMER_ID.eq(this.customerId));
		}
		if (this.createdFrom != null) {
			condition = condition.and(ORDERS.CREATED_AT.ge(this.createdFrom.atStartOfDay().atOffset(ZoneOffset.UTC)));
		}
		if (this.createdTo != null) {
			condition = condition
				.and(ORDERS.CREATED_AT.lt(this.createdTo.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
		}
		return condition;
	}

}
