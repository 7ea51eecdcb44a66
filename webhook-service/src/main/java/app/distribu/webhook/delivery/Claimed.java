package app.distribu.webhook.delivery;

import java.time.Instant;
import java.util.UUID;

import app.distribu.webhook.endpoint.SigningSecrets;

/**
 * A delivery a worker holds the lease of, with everything its attempt needs.
 *
 * @param attempt this attempt's number (1-based); the outcome is saved only while the
 * delivery still counts this many claims
 */
record Claimed(UUID id, UUID endpointId, UUID companyId, UUID eventId, String eventType, int attempt, int maxAttempts,
		boolean manual, String correlationId, String body, Instant eventCreatedAt, String url, SigningSecrets secrets) {

	boolean lastAttempt() {
		return this.attempt >= this.maxAttempts;
	}

}
