package app.distribu.order.credit;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import static app.distribu.order.db.Tables.CUSTOMER_REF;
import static app.distribu.order.db.Tables.ORDERS;

@Repository
class CreditRepository {

	private final DSLContext db;

	CreditRepository(DSLContext db) {
		this.db = db;
	}

	/**
	 * Locks the customer's row until the transaction ends, so orders of one customer
	 * check their credit one after the other; false when order-service does not know it.
	 */
	boolean lockCustomer(UUID companyId, UUID customerId) {
		return this.db.selectOne()
			.from(CUSTOMER_REF)
			.where(CUSTOMER_REF.ID.eq(customerId).and(CUSTOMER_REF.COMPANY_ID.eq(companyId)))
			.forUpdate()
			.fetchOptional()
			.isPresent();
	}

	/**
	 * The total and count of the customer's unpaid orders that count (index
	 * {@code orders_unpaid}); a statement of its own, so under READ COMMITTED it sees
	 * every order committed before it started, including one whose lock it waited for.
	 */
	Balance balance(UUID companyId, UUID customerId) {
		var row = this.db
			.select(DSL.coalesce(DSL.sum(ORDERS.TOTAL), BigDecimal.ZERO), DSL.count(), DSL.max(ORDERS.CURRENCY))
			.from(ORDERS)
			.where(ORDERS.COMPANY_ID.eq(companyId)
				.and(ORDERS.CUSTOMER_ID.eq(customerId))
				.and(ORDERS.PAID_AT.isNull())
				.and(ORDERS.DELETED_AT.isNull())
				.and(ORDERS.STATUS.ne("CANCELLED")))
			.fetchOne();
		return new Balance(row.value1().setScale(2), row.value2(), row.value3());
	}

	/** The company's currency as its orders carry it, or null before its first order. */
	String currency(UUID companyId) {
		return this.db.select(ORDERS.CURRENCY)
			.from(ORDERS)
			.where(ORDERS.COMPANY_ID.eq(companyId))
			.limit(1)
			.fetchOptional(ORDERS.CURRENCY)
			.orElse(null);
	}

	/** Sets or clears the paid mark; false when the order is not the company's. */
	boolean markPaid(UUID companyId, UUID orderId, boolean paid, UUID by, OffsetDateTime at) {
		var update = this.db.update(ORDERS)
			.set(ORDERS.PAID_AT, paid ? DSL.coalesce(ORDERS.PAID_AT, DSL.val(at)) : DSL.val((OffsetDateTime) null))
			.set(ORDERS.PAID_BY, paid ? DSL.coalesce(ORDERS.PAID_BY, DSL.val(by)) : DSL.val((UUID) null));
		return update.where(ORDERS.ID.eq(orderId).and(ORDERS.COMPANY_ID.eq(companyId)).and(ORDERS.DELETED_AT.isNull()))
			.execute() == 1;
	}

}
