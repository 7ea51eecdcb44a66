package app.distribu.order.ordering;

import app.distribu.platform.web.Unprocessable;

class IdempotencyKeyReused extends Unprocessable {

	IdempotencyKeyReused() {
		super("This Idempotency-Key was already used with a different request body. Use a new key for a new request.");
	}

}
