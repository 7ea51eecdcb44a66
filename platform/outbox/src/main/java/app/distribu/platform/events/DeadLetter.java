package app.distribu.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A consumed record that kept failing, as operators see it.
 *
 * @param key the Kafka key: the company id for events
 * @param error the last failure, class and message
 */
public record DeadLetter(UUID id, String consumerGroup, String topic, int partition, long offset, String key,
		UUID eventId, String eventType, String correlationId, String error, Instant failedAt, Instant replayedAt,
		Instant discardedAt, String payload) {

}
