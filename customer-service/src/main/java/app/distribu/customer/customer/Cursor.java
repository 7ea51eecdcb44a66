package app.distribu.customer.customer;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;

/** Position after the last item of a page; opaque to clients (base64url). */
record Cursor(OffsetDateTime createdAt, UUID id) {

	String encode() {
		String raw = this.createdAt.toString() + "|" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	static Cursor decode(String token) {
		if (token == null || token.isBlank()) {
			return null;
		}
		try {
			String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			int bar = raw.indexOf('|');
			return new Cursor(OffsetDateTime.parse(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1)));
		}
		catch (RuntimeException ex) {
			throw new BadCursor();
		}
	}

}
