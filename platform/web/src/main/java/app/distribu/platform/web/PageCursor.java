package app.distribu.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;

/**
 * Position after the last item of a page ordered by {@code (created_at, id)}. Clients get
 * it base64url-encoded, so they treat it as opaque and the format may change.
 */
public record PageCursor(OffsetDateTime createdAt, UUID id) {

	public String encode() {
		String raw = this.createdAt.toString() + "|" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The cursor a client sent back, or {@code null} for none (the first page).
	 * @throws BadCursor when the token is not one {@link #encode()} produced
	 */
	public static PageCursor decode(String token) {
		if (token == null || token.isBlank()) {
			return null;
		}
		try {
			String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			int bar = raw.indexOf('|');
			if (bar < 0) {
				throw new BadCursor();
			}
			return new PageCursor(OffsetDateTime.parse(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1)));
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			throw new BadCursor();
		}
	}

}
