package app.distribu.gateway.ratelimit;

import java.time.Duration;
import java.time.Instant;

import org.springframework.http.HttpHeaders;

/**
 * The headers every API response carries: the limit, what is left of it and when the
 * window resets (Unix seconds); a refusal also says how long to wait.
 */
public final class RateLimitHeaders {

	public static final String LIMIT = "X-RateLimit-Limit";

	public static final String REMAINING = "X-RateLimit-Remaining";

	public static final String RESET = "X-RateLimit-Reset";

	private RateLimitHeaders() {
	}

	public static void write(HttpHeaders headers, Allowance allowance, Instant now) {
		headers.set(LIMIT, String.valueOf(allowance.limit()));
		headers.set(REMAINING, String.valueOf(allowance.remaining()));
		headers.set(RESET, String.valueOf(allowance.resetAt().getEpochSecond()));
		if (!allowance.allowed()) {
			headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(secondsToWait(allowance, now)));
		}
	}

	/** Rounded up, so a client that waits this long always finds a fresh window. */
	public static long secondsToWait(Allowance allowance, Instant now) {
		return Math.max(1, Duration.between(now, allowance.resetAt()).toSeconds() + 1);
	}

}
