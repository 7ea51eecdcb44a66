package app.distribu.identity.sso;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import app.distribu.platform.events.EventConsumer;
import app.distribu.platform.events.EventEnvelope;

/** Keeps {@code company_plan} current from billing's {@code subscription.changed}. */
@Component
class PlanListener extends EventConsumer {

	static final String TYPE = "subscription.changed";

	private final SsoRepository repository;

	PlanListener(SsoRepository repository) {
		super("identity-plans", "billing.events");
		this.repository = repository;
	}

	@Override
	protected void apply(EventEnvelope event) {
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
	}

}
