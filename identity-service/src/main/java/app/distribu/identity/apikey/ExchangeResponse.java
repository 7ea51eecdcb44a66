package app.distribu.identity.apikey;

import java.time.Instant;
import java.util.UUID;

/** {@code requestsPerMinute} null: the gateway applies its default limit. */
record ExchangeResponse(String token, Instant expiresAt, UUID apiKeyId, UUID companyId, Integer requestsPerMinute) {

}
