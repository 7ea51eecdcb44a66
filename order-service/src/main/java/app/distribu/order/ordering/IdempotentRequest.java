package app.distribu.order.ordering;

import java.util.UUID;

/**
 * A request sent with an {@code Idempotency-Key}: who sent it, the key, and a hash of the
 * parsed body ({@link IdempotencyKey}).
 */
record IdempotentRequest(UUID companyId, UUID principalId, String key, String requestHash) {

	static IdempotentRequest of(UUID companyId, UUID principalId, String key, String canonicalBody) {
		IdempotencyKey checked = IdempotencyKey.of(key, canonicalBody);
		return new IdempotentRequest(companyId, principalId, checked.key(), checked.requestHash());
	}

}
