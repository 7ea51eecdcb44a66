package app.distribu.billing.usage;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import app.distribu.platform.events.IdempotentConsumer;

/** Counts each created order once, in the month it was created. */
@Component
class CountingOrders {

	private final IdempotentConsumer consumer;

	private final UsageRepository usage;

	CountingOrders(IdempotentConsumer consumer, UsageRepository usage) {
		this.consumer = consumer;
		this.usage = usage;
	}

	@KafkaListener(topics = "order.events")
	void on(String payload) {
		this.consumer.handle("billing-usage", payload, (event) -> {
			if (!"order.created".equals(event.type())) {
				return;
			}
			JsonNode createdAt = event.data().path("createdAt");
			Instant at = createdAt.isMissingNode() || createdAt.isNull() ? event.occurredAt()
					: Instant.parse(createdAt.asString());
			this.usage.increment(event.companyId(), Months.of(at));
		});
	}

}
