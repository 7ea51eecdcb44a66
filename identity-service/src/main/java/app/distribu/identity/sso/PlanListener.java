package app.distribu.identity.sso;

import tools.jackson.databind.JsonNode;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import app.distribu.platform.events.IdempotentConsumer;

/** Keeps {@code company_plan} current from billing's {@code subscription.changed}. */
@Component
class PlanListener {

	static final String TYPE = "subscription.changed";

	private final IdempotentConsumer consumer;

	private final SsoRepository repository;

	PlanListener(IdempotentConsumer consumer, SsoRepository repository) {
		this.consumer = consumer;
		this.repository = repository;
	}

	@KafkaListener(topics = "billing.events")
	void on(String payload) {
		this.consumer.handle("identity-plans", payload, (event) -> {
			if (!TYPE.equals(event.type())) {
				return;
			}
			String plan = event.data().path("plan").asString("");
			String status = event.data().path("status").asString("");
			if (plan.isEmpty() || status.isEmpty()) {
				return;
			}
			JsonNode rate = event.data().path("apiRequestsPerMinute");
			this.repository.recordPlan(event.companyId(), plan, status, rate.isInt() ? rate.intValue() : null,
					event.occurredAt());
		});
	}

}
