package app.distribu.webhook.endpoint;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A registered webhook. The secret never leaves the service after creation. */
public record WebhookEndpoint(UUID id, UUID companyId, String url, String secret, List<String> events, boolean active,
		Instant createdAt) {

}
