package app.distribu.platform.test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes events to the shared broker the way another service's outbox relay does: the
 * envelope as JSON, keyed by company id. The envelope is written here field by field
 * because this module cannot depend on platform-outbox (whose tests use this one);
 * platform-outbox's tests check that {@code EventEnvelope} reads it.
 */
public final class TestEvents {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static KafkaProducer<String, String> producer;

	private TestEvents() {
	}

	/** Publishes a new event that occurred now and returns its id. */
	public static UUID publish(String topic, UUID companyId, String type, Object data) {
		return publish(topic, companyId, type, data, UUID.randomUUID(), Instant.now());
	}

	/**
	 * Publishes an event with the given id and time (the same id twice is a redelivery),
	 * waiting for the broker's acknowledgement, and returns the id.
	 */
	public static UUID publish(String topic, UUID companyId, String type, Object data, UUID eventId,
			Instant occurredAt) {
		String value = envelope(companyId, type, data, eventId, occurredAt);
		try {
			producer().send(new ProducerRecord<>(topic, companyId.toString(), value)).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while publishing to " + topic, ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not publish to " + topic, ex.getCause());
		}
		return eventId;
	}

	/**
	 * The envelope JSON: {@code {"id", "type", "schemaVersion", "occurredAt",
	 * "companyId", "data"}}.
	 */
	public static String envelope(UUID companyId, String type, Object data, UUID eventId, Instant occurredAt) {
		ObjectNode envelope = json.createObjectNode();
		envelope.put("id", eventId.toString());
		envelope.put("type", type);
		envelope.put("schemaVersion", 1);
		envelope.put("occurredAt", occurredAt.toString());
		envelope.put("companyId", companyId.toString());
		envelope.set("data", json.valueToTree(data));
		return json.writeValueAsString(envelope);
	}

	private static synchronized KafkaProducer<String, String> producer() {
		if (producer == null) {
			producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
					SharedKafka.bootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
					ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
			Runtime.getRuntime().addShutdownHook(new Thread(producer::close));
		}
		return producer;
	}

}
