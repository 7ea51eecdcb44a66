package app.distribu.order.outcome;

import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.order.db.Tables.ORDER_OUTCOME;

@Repository
class OrderOutcomeRepository {

	private final DSLContext db;

	OrderOutcomeRepository(DSLContext db) {
		this.db = db;
	}

	/**
	 * Waits for a transaction that inserted the same id to end; false when the id was
	 * decided already.
	 */
	boolean decide(UUID orderId, Outcome outcome) {
		return this.db.insertInto(ORDER_OUTCOME)
			.set(ORDER_OUTCOME.ORDER_ID, orderId)
			.set(ORDER_OUTCOME.OUTCOME, outcome.name())
			.onConflict(ORDER_OUTCOME.ORDER_ID)
			.doNothing()
			.execute() == 1;
	}

	Outcome find(UUID orderId) {
		return Outcome.valueOf(this.db.select(ORDER_OUTCOME.OUTCOME)
			.from(ORDER_OUTCOME)
			.where(ORDER_OUTCOME.ORDER_ID.eq(orderId))
			.fetchSingle(ORDER_OUTCOME.OUTCOME));
	}

}
