package app.distribu.catalog;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.core.KafkaTemplate;

import app.distribu.platform.events.EventEnvelope;

/** Feeds consumers the way other services do: an envelope keyed by company id. */
public final class Events {

	private final KafkaTemplate<String, String> kafka;

	private final JsonMapper json;

	public Events(KafkaTemplate<String, String> kafka, JsonMapper json) {
		this.kafka = kafka;
		this.json = json;
	}

	public EventEnvelope envelope(UUID company, String type, Map<String, ?> data) {
		return new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(), company, this.json.valueToTree(data));
	}

	public void send(String topic, EventEnvelope event) throws Exception {
		this.kafka.send(topic, event.companyId().toString(), this.json.writeValueAsString(event)).get();
	}

}
