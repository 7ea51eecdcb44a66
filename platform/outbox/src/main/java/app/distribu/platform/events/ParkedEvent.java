package app.distribu.platform.events;

import java.time.Instant;
import java.util.UUID;

/** An outbox row Kafka refused for good, as operators see it. */
public record ParkedEvent(UUID id, String topic, UUID companyId, String eventType, Instant occurredAt, Instant parkedAt,
		String error, int payloadBytes) {

}
