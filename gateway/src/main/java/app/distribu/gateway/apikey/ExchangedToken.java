package app.distribu.gateway.apikey;

import java.time.Instant;
import java.util.UUID;

/**
 * identity's answer to an exchange; the gateway's own copy of that contract.
 * {@code requestsPerMinute} is the plan's API rate limit, null for the default.
 */
record ExchangedToken(String token, Instant expiresAt, UUID apiKeyId, UUID companyId, Integer requestsPerMinute) {

}
