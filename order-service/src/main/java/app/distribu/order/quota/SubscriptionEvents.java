package app.distribu.order.quota;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import app.distribu.platform.events.EventConsumer;
import app.distribu.platform.events.EventEnvelope;

/**
 * Replicates billing's plan limits; an upgrade applies to the very next order after its
 * event arrives.
 */
@Component
class SubscriptionEvents extends EventConsumer {

	private final QuotaRepository quotas;

	SubscriptionEvents(QuotaRepository quotas) {
		super("order-plans", "billing.events");
		this.quotas = quotas;
	}

	@Override
	protected void apply(EventEnvelope event) {
		if (!"subscription.changed".equals(event.type())) {
			return;
		}
		JsonNode data = event.data();
		JsonNode limit = data.path("monthlyOrderLimit");
		JsonNode trialEndsAt = data.path("trialEndsAt");
		this.quotas.savePlan(new CompanyPlan(event.companyId(), data.path("plan").asString(),
				data.path("status").asString(), limit.isNumber() ? limit.asInt() : null,
				trialEndsAt.isString() ? Instant.parse(trialEndsAt.asString()) : null, event.occurredAt()));
	}

}
