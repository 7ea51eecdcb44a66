package app.distribu.identity.alert;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/** Data of webhook-service's {@code webhook.disabled}. */
record WebhookDisabled(String url, String reason, Instant failingSince, String lastError) {

	static WebhookDisabled of(JsonNode data) {
		JsonNode since = data.path("failingSince");
		JsonNode error = data.path("lastError");
		return new WebhookDisabled(data.path("url").asString(), data.path("reason").asString(),
				since.isString() ? Instant.parse(since.asString()) : null, error.isString() ? error.asString() : null);
	}

	boolean gone() {
		return "GONE".equals(this.reason);
	}

}
