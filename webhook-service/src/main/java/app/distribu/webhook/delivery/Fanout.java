package app.distribu.webhook.delivery;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import app.distribu.platform.events.EventEnvelope;
import app.distribu.platform.events.IdempotentConsumer;
import app.distribu.webhook.endpoint.EndpointRepository;
import app.distribu.webhook.endpoint.EventTypes;
import app.distribu.webhook.endpoint.WebhookEndpoint;

/**
 * Turns each event into one PENDING delivery per subscribed, active endpoint of its
 * company. The body is serialised here, once, so the bytes signed are the bytes sent.
 */
@Component
class Fanout {

	private static final List<String> PARTNER_SOURCES = List.of("STOREFRONT", "API");

	private final IdempotentConsumer consumer;

	private final EndpointRepository endpoints;

	private final DeliveryRepository deliveries;

	private final JsonMapper json;

	Fanout(IdempotentConsumer consumer, EndpointRepository endpoints, DeliveryRepository deliveries, JsonMapper json) {
		this.consumer = consumer;
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.json = json;
	}

	@KafkaListener(topics = { "order.events", "catalog.events", "customer.events" })
	void on(String payload) {
		this.consumer.handle("webhook-fanout", payload, (event) -> {
			if (!EventTypes.ALL.contains(event.type()) || !announced(event)) {
				return;
			}
			List<WebhookEndpoint> targets = this.endpoints.subscribedTo(event.companyId(), event.type());
			if (targets.isEmpty()) {
				return;
			}
			String body = this.json.writeValueAsString(
					new WebhookBody(event.id(), event.type(), event.occurredAt(), event.companyId(), event.data()));
			for (WebhookEndpoint target : targets) {
				this.deliveries.insertPending(target.id(), event.companyId(), event.id(), event.type(), body);
			}
		});
	}

	/** Orders staff create in the dashboard are not announced to partners. */
	private static boolean announced(EventEnvelope event) {
		return !"order.created".equals(event.type())
				|| PARTNER_SOURCES.contains(event.data().path("source").asString(""));
	}

}
