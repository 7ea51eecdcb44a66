package app.distribu.order.outcome;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /internal/order-outcomes/{orderId}}, asked by catalog-service about a
 * reservation whose {@code order.created} has not arrived: answers COMMITTED, or settles
 * the id as ABANDONED so catalog can give the stock back. No token (catalog's sweep acts
 * for nobody), so a secret shared by the two services authenticates the call.
 */
@RestController
class OrderOutcomeApi {

	static final String SECRET_HEADER = "X-Distribu-Service-Secret";

	private final OrderOutcomes outcomes;

	private final byte[] secret;

	OrderOutcomeApi(OrderOutcomes outcomes, OutcomeProperties properties) {
		this.outcomes = outcomes;
		this.secret = (properties.secret() != null) ? properties.secret().getBytes(StandardCharsets.UTF_8)
				: new byte[0];
	}

	@PostMapping("/internal/order-outcomes/{orderId}")
	OutcomeJson settle(@RequestHeader(name = SECRET_HEADER, required = false) String presented,
			@PathVariable UUID orderId) {
		if (this.secret.length == 0 || presented == null
				|| !MessageDigest.isEqual(this.secret, presented.getBytes(StandardCharsets.UTF_8))) {
			throw new UnknownCaller();
		}
		return new OutcomeJson(orderId, this.outcomes.settle(orderId));
	}

	record OutcomeJson(UUID orderId, Outcome outcome) {

	}

}
