package app.distribu.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Session tokens shaped like identity's (the gateway reads claims, services check
 * signatures), and the {@code session.revoked} event identity publishes.
 */
final class SessionCookies {

	private SessionCookies() {
	}

	static String token(UUID subject, Integer version, String slug) {
		String claims = "{\"sub\":\"" + subject + "\",\"exp\":" + Instant.now().plusSeconds(3600).getEpochSecond()
				+ ((version != null) ? ",\"sv\":" + version : "") + ((slug != null) ? ",\"slug\":\"" + slug + "\"" : "")
				+ "}";
		return base64("{\"alg\":\"RS256\",\"kid\":\"k\"}") + "." + base64(claims) + ".c2lnbmF0dXJl";
	}

	static String revokedEvent(UUID subject, int version) {
		return "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"session.revoked\",\"schemaVersion\":1,"
				+ "\"occurredAt\":\"2026-01-01T00:00:00Z\",\"companyId\":\"00000000-0000-0000-0000-000000000000\","
				+ "\"data\":{\"subject\":\"" + subject + "\",\"version\":" + version + "}}";
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
