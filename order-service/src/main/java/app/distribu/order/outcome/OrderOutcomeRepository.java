package app.distribu.order.outcome;

import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import static app.distribu.order.db.Tables.ORDER_OUTCOME;

@Repository
class OrderOutcomeRepository {

	private final DSLContext db;

	private final JdbcTemplate jdbc;

	OrderOutcomeRepository(DSLContext db, JdbcTemplate jdbc) {
		this.db = db;
		this.jdbc = jdbc;
	}

	/**
	 * Waits for a transaction that inserted the same id to end; false when the id was
	 * decided already.
	 */
	boolean decide(UUID orderId, Outcome outcome) {
		// Written out: one of the statements of every order (see OrderRepository).
		return this.jdbc.update("insert into order_outcome (order_id, outcome) values (?, ?) on conflict do nothing",
				(statement) -> {
					statement.setObject(1, orderId);
					statement.setString(2, outcome.name());
				}) == 1;
	}

	Outcome find(UUID orderId) {
		return Outcome.valueOf(this.db.select(ORDER_OUTCOME.OUTCOME)
			.from(ORDER_OUTCOME)
			.where(ORDER_OUTCOME.ORDER_ID.eq(orderId))
			.fetchSingle(ORDER_OUTCOME.OUTCOME));
	}

}
