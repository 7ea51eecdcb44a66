package app.distribu.platform.events;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * The JSON every event travels in, on Kafka and in webhook deliveries.
 *
 * @param id unique per fact; consumers deduplicate on it
 * @param type dotted name, for example {@code order.created}
 * @param schemaVersion version of {@code data}'s shape for this type
 * @param occurredAt when the fact happened (the producing transaction's time)
 * @param companyId the tenant; also the Kafka key, so a company's events stay ordered
 * @param data the type-specific payload
 */
public record EventEnvelope(UUID id, String type, int schemaVersion, Instant occurredAt, UUID companyId,
		JsonNode data) {

	/** Kafka header carrying {@link #type()}, so consumers can filter without parsing. */
	public static final String TYPE_HEADER = "eventType";

	public static final String ID_HEADER = "eventId";

}
