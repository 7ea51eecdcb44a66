package app.distribu.order.ordering;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * API POSTs that honour {@code Idempotency-Key} (orders have their own path, which claims
 * the key inside the order's transaction): the same key and body from the same caller
 * within 24 hours answers the first response again with {@code Idempotent-Replayed:
 * true}; the same key with another body is refused (422). The key is claimed and its
 * answer stored in the transaction of the change, so a key is never kept without its
 * change or the other way round; only successes are remembered, a refused request may be
 * retried.
 */
@Service
public class IdempotentCalls {

	static final String REPLAYED_HEADER = "Idempotent-Replayed";

	private final IdempotencyKeys keys;

	private final TransactionTemplate tx;

	private final JsonMapper json;

	IdempotentCalls(IdempotencyKeys keys, TransactionTemplate tx, JsonMapper json) {
		this.keys = keys;
		this.tx = tx;
		this.json = json;
	}

	/**
	 * Runs {@code change} once per key: its result is the body answered with
	 * {@code status}. Without a key ({@code null}) it simply runs.
	 */
	public ResponseEntity<?> once(UUID companyId, UUID principalId, String key, Object request, HttpStatus status,
			Supplier<?> change) {
		return once(companyId, principalId, key, request, status, () -> null, (nothing) -> change.get());
	}

	/**
	 * The same, with work that must not hold a transaction (calls to other services, such
	 * as pricing): {@code prepare} runs first, outside it, and only when the key has no
	 * answer yet; {@code change} then runs with its result in the key's transaction
	 * (without a key, {@code change} opens its own).
	 */
	public <T> ResponseEntity<?> once(UUID companyId, UUID principalId, String key, Object request, HttpStatus status,
			Supplier<T> prepare, Function<T, ?> change) {
		if (key == null) {
			return ResponseEntity.status(status).body(change.apply(prepare.get()));
		}
		IdempotentRequest idempotent = IdempotentRequest.of(companyId, principalId, key,
				this.json.writeValueAsString(request));
		ResponseEntity<?> earlier = replay(idempotent);
		if (earlier != null) {
			return earlier;
		}
		T prepared = prepare.get();
		Object body = this.tx.execute((transaction) -> {
			if (!this.keys.claim(idempotent)) {
				// A concurrent request with this key committed while we waited for it.
				return null;
			}
			Object answer = change.apply(prepared);
			this.keys.complete(idempotent, status.value(), this.json.writeValueAsString(answer));
			return answer;
		});
		return (body != null) ? ResponseEntity.status(status).body(body) : replay(idempotent);
	}

	/** The first answer to this key, or null when it has none (yet). */
	ResponseEntity<?> replay(IdempotentRequest request) {
		return this.keys.find(request).map((stored) -> {
			if (!stored.requestHash().equals(request.requestHash())) {
				throw new IdempotencyKeyReused();
			}
			return ResponseEntity.status(stored.status())
				.contentType(MediaType.APPLICATION_JSON)
				.header(REPLAYED_HEADER, "true")
				.body(stored.body());
		}).orElse(null);
	}

}
