package app.distribu.order.ordering;

import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * {@code POST /api/v1/orders} with an {@code Idempotency-Key}: the same key and body
 * within 24 hours answers the first response again; the same key with another body is
 * refused. Only created orders are remembered: a refused request may be retried.
 */
@Service
class IdempotentPlacing {

	private final PlacingOrders placing;

	private final IdempotentCalls calls;

	private final JsonMapper json;

	IdempotentPlacing(PlacingOrders placing, IdempotentCalls calls, JsonMapper json) {
		this.placing = placing;
		this.calls = calls;
		this.json = json;
	}

	ResponseEntity<?> place(UUID companyId, UUID principalId, OrderSource source, PlaceOrderRequest request,
			String key) {
		IdempotentRequest idempotent = IdempotentRequest.of(companyId, principalId, key,
				this.json.writeValueAsString(request));
		ResponseEntity<?> earlier = this.calls.replay(idempotent);
		if (earlier != null) {
			return earlier;
		}
		try {
			Order order = this.placing.place(companyId, principalId, source, request, idempotent);
			return ResponseEntity.status(HttpStatus.CREATED).body(OrderJson.of(order));
		}
		catch (IdempotencyKeyTaken ex) {
			// A concurrent request with this key committed while we waited for it.
			return this.calls.replay(idempotent);
		}
	}

}
