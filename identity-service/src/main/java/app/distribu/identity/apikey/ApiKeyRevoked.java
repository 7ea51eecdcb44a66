package app.distribu.identity.apikey;

import java.util.UUID;

/** Data of the {@code api_key.revoked} event: gateways evict the key at once. */
record ApiKeyRevoked(UUID apiKeyId) {

	static final String TYPE = "api_key.revoked";

}
