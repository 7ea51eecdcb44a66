package app.distribu.webhook.endpoint;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A webhook as the API shows it; {@code secret} only in the creation answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WebhookJson(String id, String url, List<String> events, boolean active, Instant createdAt, String secret) {

	static WebhookJson listed(WebhookEndpoint endpoint) {
		return new WebhookJson(endpoint.id().toString(), endpoint.url(), endpoint.events(), endpoint.active(),
				endpoint.createdAt(), null);
	}

	static WebhookJson created(WebhookEndpoint endpoint) {
		return new WebhookJson(endpoint.id().toString(), endpoint.url(), endpoint.events(), endpoint.active(),
				endpoint.createdAt(), endpoint.secret());
	}

}
