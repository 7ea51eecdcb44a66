package app.distribu.gateway.session;

import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Applies {@code session.revoked} on this replica. Its own consumer group per instance
 * (besides the API key listener's), so every replica reads every revocation; only new
 * events matter, since a replica asks identity for any subject it has not seen.
 */
@Component
class SessionRevocationListener {

	static final String REVOKED = "session.revoked";

	private final SessionVersions versions;

	private final JsonMapper json;

	SessionRevocationListener(SessionVersions versions, JsonMapper json) {
		this.versions = versions;
		this.json = json;
	}

	@KafkaListener(id = "gateway-session-revocations", groupId = "gateway-sessions-${random.uuid}",
			topics = "identity.events")
	void on(String payload) {
		JsonNode event = this.json.readTree(payload);
		if (REVOKED.equals(event.path("type").asString())) {
			String subject = event.path("data").path("subject").asString("");
			if (!subject.isEmpty()) {
				this.versions.revoked(UUID.fromString(subject), event.path("data").path("version").asInt());
			}
		}
	}

}
