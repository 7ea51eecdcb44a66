package app.distribu.webhook.delivery;

import java.time.Duration;

/**
 * An attempt's outcome waiting to be written.
 *
 * @param retryIn when the next attempt comes, or null when none does
 */
record Recorded(Claimed claimed, Outcome outcome, Duration retryIn) {

	/** Failed for good: gone, or the last attempt it was allowed. */
	boolean last() {
		return !this.outcome.succeeded() && this.retryIn == null;
	}

}
