package app.distribu.webhook.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How one attempt went.
 *
 * @param responseStatus null when no response came
 * @param excerpt the start of the response body, or why there was none
 * @param requestHeaders what was sent, for the card
 * @param retryAfter how long the receiver asked us to wait (429, 503), or null
 * @param blocked not sent: the URL's address was refused by the outbound guard
 */
record Outcome(boolean succeeded, Integer responseStatus, String excerpt, Duration duration, Instant startedAt,
		Map<String, String> requestHeaders, Duration retryAfter, boolean blocked) {

	static final int EXCERPT = 500;

	Outcome {
		excerpt = cut(excerpt);
	}

	boolean gone() {
		return this.responseStatus != null && this.responseStatus == 410;
	}

	int durationMs() {
		return (int) Math.min(Integer.MAX_VALUE, this.duration.toMillis());
	}

	static String cut(String text) {
		if (text == null) {
			return null;
		}
		return (text.length() <= EXCERPT) ? text : text.substring(0, EXCERPT);
	}

}
