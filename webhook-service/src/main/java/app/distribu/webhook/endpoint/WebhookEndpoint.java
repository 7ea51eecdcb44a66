package app.distribu.webhook.endpoint;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A registered webhook. Its secrets are kept apart ({@link EndpointRepository#secrets}),
 * sealed at rest.
 *
 * @param disabledReason why it was turned off automatically ({@code GONE},
 * {@code FAILING}); null when on, or turned off by a person
 * @param previousSecretExpiresAt until when deliveries are also signed with the secret
 * before the last rotation; null when there is none
 */
public record WebhookEndpoint(UUID id, UUID companyId, String url, String description, List<String> events,
		boolean active, boolean includeDashboardOrders, Instant createdAt, String disabledReason, Instant disabledAt,
		Instant previousSecretExpiresAt, Instant failingSince) {

	public boolean subscribesTo(String type) {
		return this.events.contains(type);
	}

}
