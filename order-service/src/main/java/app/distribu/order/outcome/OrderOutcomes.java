package app.distribu.order.outcome;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one decision per order id. Both sides insert the same key, so PostgreSQL orders
 * them: a question asked while the order's transaction is still open waits for its end.
 */
@Service
public class OrderOutcomes {

	private final OrderOutcomeRepository outcomes;

	OrderOutcomes(OrderOutcomeRepository outcomes) {
		this.outcomes = outcomes;
	}

	/**
	 * Claims the id for the order being recorded, in its transaction; false when the id
	 * was given up already (the reservation may be gone), and the order must not be
	 * recorded.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean commit(UUID orderId) {
		return this.outcomes.decide(orderId, Outcome.COMMITTED);
	}

	/**
	 * Gives the id up unless its order committed, and answers which it is. After this no
	 * order takes the id.
	 */
	@Transactional
	public Outcome settle(UUID orderId) {
		this.outcomes.decide(orderId, Outcome.ABANDONED);
		return this.outcomes.find(orderId);
	}

}
