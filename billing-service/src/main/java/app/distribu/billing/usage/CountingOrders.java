package app.distribu.billing.usage;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import app.distribu.platform.events.EventConsumer;
import app.distribu.platform.events.EventEnvelope;

/** Counts each created order once, in the month it was created. */
@Component
class CountingOrders extends EventConsumer {

	private final UsageRepository usage;

	CountingOrders(UsageRepository usage) {
		super("billing-usage", "order.events");
		this.usage = usage;
	}

	@Override
	protected void apply(EventEnvelope event) {
		if (!"order.created".equals(event.type())) {
			return;
		}
		JsonNode createdAt = event.data().path("createdAt");
		Instant at = createdAt.isMissingNode() || createdAt.isNull() ? event.occurredAt()
				: Instant.parse(createdAt.asString());
		this.usage.increment(event.companyId(), Months.of(at));
	}

}
