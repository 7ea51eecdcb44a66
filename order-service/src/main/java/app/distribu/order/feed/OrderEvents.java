package app.distribu.order.feed;

import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.platform.events.EventEnvelope;
import app.distribu.platform.events.Outbox;

/** Every order event goes out here: to Kafka through the outbox, and into the feed. */
@Component
public class OrderEvents {

	static final String TOPIC = "order.events";

	private final Outbox outbox;

	private final EventLog log;

	private final JsonMapper json;

	OrderEvents(Outbox outbox, EventLog log, JsonMapper json) {
		this.outbox = outbox;
		this.log = log;
		this.json = json;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void publish(UUID companyId, String type, Object data) {
		EventEnvelope event = this.outbox.publish(TOPIC, companyId, type, data);
		FeedEvent entry = new FeedEvent(event.id(), type, event.occurredAt(), companyId, event.data());
		this.log.append(entry, this.json.writeValueAsString(entry));
	}

}
