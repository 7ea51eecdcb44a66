package app.distribu.order.ordering;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import app.distribu.platform.web.BadCursor;

/**
 * Opaque list cursor: the number of the last order returned. Orders page by number
 * (newest first), not by {@code (created_at, id)}, so platform's {@code PageCursor} does
 * not fit.
 */
final class Cursor {

	private static final String PREFIX = "n:";

	private Cursor() {
	}

	static String after(long number) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + number).getBytes(StandardCharsets.UTF_8));
	}

	static Long parse(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (!text.startsWith(PREFIX)) {
				throw new BadCursor();
			}
			return Long.parseLong(text.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new BadCursor();
		}
	}

}
