package app.distribu.order.quota;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import app.distribu.platform.events.IdempotentConsumer;

/**
 * Replicates billing's plan limits; an upgrade applies to the very next order after its
 * event arrives.
 */
@Component
class SubscriptionEvents {

	private final IdempotentConsumer consumer;

	private final QuotaRepository quotas;

	SubscriptionEvents(IdempotentConsumer consumer, QuotaRepository quotas) {
		this.consumer = consumer;
		this.quotas = quotas;
	}

	@KafkaListener(topics = "billing.events")
	void on(String payload) {
		this.consumer.handle("order-plans", payload, (event) -> {
			if (!"subscription.changed".equals(event.type())) {
				return;
			}
			JsonNode data = event.data();
			JsonNode limit = data.path("monthlyOrderLimit");
			JsonNode trialEndsAt = data.path("trialEndsAt");
			this.quotas.savePlan(new CompanyPlan(event.companyId(), data.path("plan").asString(),
					data.path("status").asString(), limit.isNumber() ? limit.asInt() : null,
					trialEndsAt.isString() ? Instant.parse(trialEndsAt.asString()) : null, event.occurredAt()));
		});
	}

}
