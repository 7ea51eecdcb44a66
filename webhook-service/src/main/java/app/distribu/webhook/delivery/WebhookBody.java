package app.distribu.webhook.delivery;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** What a receiver gets: the event's id and time, its type, company and data. */
record WebhookBody(UUID id, String type, Instant createdAt, UUID companyId, JsonNode data) {

}
