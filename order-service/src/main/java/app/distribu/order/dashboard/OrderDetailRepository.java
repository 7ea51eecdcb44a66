package app.distribu.order.dashboard;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.order.db.Tables.CUSTOMER_REF;
import static app.distribu.order.db.Tables.ORDERS;
import static app.distribu.order.db.Tables.ORDER_STATUS_CHANGE;

/** What the order detail page adds to the order: its history, its customer's name. */
@Repository
class OrderDetailRepository {

	private final DSLContext db;

	OrderDetailRepository(DSLContext db) {
		this.db = db;
	}

	List<HistoryLine> history(UUID orderId) {
		return this.db.selectFrom(ORDER_STATUS_CHANGE)
			.where(ORDER_STATUS_CHANGE.ORDER_ID.eq(orderId))
			.orderBy(ORDER_STATUS_CHANGE.ID)
			.fetch((r) -> new HistoryLine(r.getFromStatus(), r.getToStatus(), r.getChangedBy(),
					r.getChangedAt().toInstant()));
	}

	String customerName(UUID companyId, UUID customerId) {
		return this.db.select(CUSTOMER_REF.NAME)
			.from(CUSTOMER_REF)
			.where(CUSTOMER_REF.COMPANY_ID.eq(companyId).and(CUSTOMER_REF.ID.eq(customerId)))
			.fetchOptional(CUSTOMER_REF.NAME)
			.orElse("Unknown customer");
	}

	/**
	 * Soft delete: the row stays, so the month's order count (which counts every order
	 * created) never goes down. False when the order was already gone.
	 */
	boolean delete(UUID companyId, UUID orderId, UUID deletedBy, OffsetDateTime at) {
		return this.db.update(ORDERS)
			.set(ORDERS.DELETED_AT, at)
			.set(ORDERS.DELETED_BY, deletedBy)
			.where(ORDERS.COMPANY_ID.eq(companyId).and(ORDERS.ID.eq(orderId)).and(ORDERS.DELETED_AT.isNull()))
			.execute() == 1;
	}

}
