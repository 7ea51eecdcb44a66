package app.distribu.webhook.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import app.distribu.platform.web.BadCursor;

/**
 * Opaque feed cursor: the company's log position of the last event handed out. The prefix
 * differs from the one of the feed order-service kept before, so its old cursors are
 * refused instead of silently skipping events.
 */
final class FeedCursor {

	private static final String PREFIX = "w:";

	private FeedCursor() {
	}

	static String of(long position) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
	}

	/** 0 (before the first event) when absent. */
	static long parse(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return 0;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (!text.startsWith(PREFIX)) {
				throw new BadCursor();
			}
			long position = Long.parseLong(text.substring(PREFIX.length()));
			if (position < 0) {
				throw new BadCursor();
			}
			return position;
		}
		catch (IllegalArgumentException ex) {
			throw new BadCursor();
		}
	}

}
