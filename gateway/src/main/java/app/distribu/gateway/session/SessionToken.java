package app.distribu.gateway.session;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the gateway reads from a session cookie: whose session it is and which session
 * version it was issued with. The signature is not checked here (every service verifies
 * it): this check only ever refuses, so a forged token gains nothing from it.
 */
record SessionToken(UUID subject, int version, String slug, Instant expiresAt) {

	/** Cookies are at most 4 KB; anything longer is not ours. */
	private static final int MAX_LENGTH = 8192;

	static Optional<SessionToken> read(String value, JsonMapper json) {
		if (value == null || value.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		String[] parts = value.split("\\.", -1);
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			JsonNode claims = json
				.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
			UUID subject = UUID.fromString(claims.path("sub").asString());
			// Sessions issued before versions existed carry none: version 0.
			int version = claims.path("sv").asInt(0);
			String slug = claims.path("slug").isString() ? claims.path("slug").asString() : null;
			return Optional.of(new SessionToken(subject, version, slug,
					Instant.ofEpochSecond(claims.path("exp").asLong(Long.MAX_VALUE / 1000))));
		}
		catch (RuntimeException ex) {
			// Not a token we could read: the service it reaches will refuse it.
			return Optional.empty();
		}
	}

}
