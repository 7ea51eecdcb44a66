package app.distribu.identity.apikey;

import java.time.Instant;
import java.util.UUID;

record ExchangeResponse(String token, Instant expiresAt, UUID apiKeyId, UUID companyId) {

}
