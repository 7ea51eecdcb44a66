package app.distribu.gateway.apikey;

import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Evicts a revoked key on this replica. Each gateway instance has its own consumer group
 * ({@code gateway-<uuid>}) so every replica sees every revocation; only new events
 * matter, because older ones concern entries that have long expired.
 */
@Component
class RevocationListener {

	static final String REVOKED = "api_key.revoked";

	private final TokenCache cache;

	private final JsonMapper json;

	RevocationListener(TokenCache cache, JsonMapper json) {
		this.cache = cache;
		this.json = json;
	}

	// idIsGroup = false: a listener id otherwise becomes the consumer group, and all
	// replicas would share one group so only one of them would evict.
	@KafkaListener(id = "gateway-revocations", idIsGroup = false, topics = "identity.events")
	void on(String payload) {
		JsonNode event = this.json.readTree(payload);
		if (REVOKED.equals(event.path("type").asString())) {
			String keyId = event.path("data").path("apiKeyId").asString();
			if (!keyId.isEmpty()) {
				this.cache.evictKey(UUID.fromString(keyId));
			}
		}
	}

}
