package app.distribu.catalog.stock;

import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.catalog.db.Tables.STOCK_RESERVATION;

/**
 * Which customer a storefront contact's reservation is for, so another contact of the
 * same company cannot replay its answer (prices) or give its stock back.
 */
@Repository
class ReservationOwners {

	private final DSLContext db;

	ReservationOwners(DSLContext db) {
		this.db = db;
	}

	void own(UUID companyId, UUID orderId, UUID customerId) {
		this.db.update(STOCK_RESERVATION)
			.set(STOCK_RESERVATION.CUSTOMER_ID, customerId)
			.where(STOCK_RESERVATION.ORDER_ID.eq(orderId)
				.and(STOCK_RESERVATION.COMPANY_ID.eq(companyId))
				.and(STOCK_RESERVATION.CUSTOMER_ID.isNull()))
			.execute();
	}

	/**
	 * The company has this reservation, but not for this customer (or not a contact's).
	 */
	boolean belongsToAnother(UUID companyId, UUID orderId, UUID customerId) {
		return this.db.fetchExists(STOCK_RESERVATION,
				STOCK_RESERVATION.ORDER_ID.eq(orderId)
					.and(STOCK_RESERVATION.COMPANY_ID.eq(companyId))
					.and(STOCK_RESERVATION.CUSTOMER_ID.isNull().or(STOCK_RESERVATION.CUSTOMER_ID.ne(customerId))));
	}

}
