package app.distribu.order.ordering;

/**
 * Another request with the same key committed first; its answer is replayed instead.
 */
class IdempotencyKeyTaken extends RuntimeException {

	IdempotencyKeyTaken() {
		super("Idempotency-Key taken by a concurrent request", null, false, false);
	}

}
