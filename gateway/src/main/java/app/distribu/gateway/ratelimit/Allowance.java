package app.distribu.gateway.ratelimit;

import java.time.Instant;

/**
 * One request's place in its key's current minute.
 *
 * @param limit requests allowed per minute
 * @param used requests counted in this minute, this one included
 * @param resetAt when the next minute starts
 */
public record Allowance(int limit, int used, Instant resetAt) {

	public boolean allowed() {
		return this.used <= this.limit;
	}

	public int remaining() {
		return Math.max(0, this.limit - this.used);
	}

}
