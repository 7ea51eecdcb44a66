package app.distribu.catalog.stock;

import java.time.Duration;
import java.util.UUID;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks order-service, the source of truth for whether an order exists, about a
 * reservation whose {@code order.created} has not arrived. Its answer is final: an id
 * answered ABANDONED can no longer be taken by an order.
 */
@Component
class OrderOutcomes {

	static final String SECRET_HEADER = "X-Distribu-Service-Secret";

	private final RestClient orders;

	OrderOutcomes(RestClient.Builder builder, ReservationSettings settings) {
		SimpleClientHttpRequestFactory http = new SimpleClientHttpRequestFactory();
		http.setConnectTimeout(Duration.ofSeconds(2));
		http.setReadTimeout(Duration.ofSeconds(10));
		this.orders = builder.clone()
			.baseUrl(settings.orderUrl())
			.requestFactory(http)
			.defaultHeader(SECRET_HEADER,
					(settings.orderOutcomesSecret() != null) ? settings.orderOutcomesSecret() : "")
			.build();
	}

	/** Throws when order-service does not answer; nothing may be decided then. */
	OrderOutcome of(UUID orderId) {
		Answer answer = this.orders.post()
			.uri("/internal/order-outcomes/{orderId}", orderId)
			.retrieve()
			.body(Answer.class);
		if (answer == null || answer.outcome() == null) {
			throw new RestClientException("order-service answered without an outcome for " + orderId);
		}
		return answer.outcome();
	}

	record Answer(UUID orderId, OrderOutcome outcome) {

	}

}
