package app.distribu.order.feed;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** The webhook delivery envelope, also used by the feed. */
record FeedEvent(UUID id, String type, Instant createdAt, UUID companyId, JsonNode data) {

}
