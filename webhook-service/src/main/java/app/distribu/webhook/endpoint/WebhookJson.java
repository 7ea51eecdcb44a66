package app.distribu.webhook.endpoint;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A webhook as the API shows it; {@code secret} only in the creation answer.
 * {@code disabledReason} says why it was turned off automatically: {@code GONE} (it
 * answered 410) or {@code FAILING} (about three days without a success).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WebhookJson(String id, String url, @Nullable String description, List<String> events, boolean active,
		boolean includeDashboardOrders, @Nullable @Schema(allowableValues = {
				"GONE", "FAILING" }) String disabledReason,
		@Nullable Instant disabledAt, @Nullable Instant previousSecretExpiresAt, Instant createdAt,
		@Nullable String secret){

	static WebhookJson of(WebhookEndpoint endpoint) {
		return new WebhookJson(endpoint.id().toString(), endpoint.url(), endpoint.description(), endpoint.events(),
				endpoint.active(), endpoint.includeDashboardOrders(), endpoint.disabledReason(), endpoint.disabledAt(),
				endpoint.previousSecretExpiresAt(), endpoint.createdAt(), null);
	}

	static WebhookJson created(ManagingWebhooks.Created created) {
		WebhookJson json = of(created.endpoint());
		return new WebhookJson(json.id(), json.url(), json.description(), json.events(), json.active(),
				json.includeDashboardOrders(), null, null, null, json.createdAt(), created.secret());
	}

	/** {@code GET /api/v1/webhooks/{id}/secret} and the rotation answer. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Secret(String secret, @Nullable String previousSecret, @Nullable Instant previousSecretExpiresAt) {

		static Secret of(SigningSecrets secrets) {
			return new Secret(secrets.current(), secrets.previous(), secrets.previousExpiresAt());
		}

	}

}
