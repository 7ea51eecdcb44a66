package app.distribu.order.status;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import app.distribu.order.ordering.OrderStatus;

import static app.distribu.order.db.Tables.ORDERS;
import static app.distribu.order.db.Tables.ORDER_STATUS_CHANGE;

/** An order's status changes, oldest first. */
@Repository
class StatusHistory {

	private final DSLContext db;

	StatusHistory(DSLContext db) {
		this.db = db;
	}

	/** Empty when the company has no such order. */
	Optional<List<StatusChange>> of(UUID companyId, UUID orderId) {
		boolean exists = this.db.fetchExists(ORDERS, ORDERS.ID.eq(orderId).and(ORDERS.COMPANY_ID.eq(companyId)));
		if (!exists) {
			return Optional.empty();
		}
		return Optional.of(this.db.selectFrom(ORDER_STATUS_CHANGE)
			.where(ORDER_STATUS_CHANGE.ORDER_ID.eq(orderId))
			.orderBy(ORDER_STATUS_CHANGE.ID)
			.fetch((row) -> new StatusChange(
					(row.getFromStatus() != null) ? OrderStatus.valueOf(row.getFromStatus()) : null,
					OrderStatus.valueOf(row.getToStatus()), row.getChangedBy().toString(),
					row.getChangedAt().toInstant())));
	}

}
