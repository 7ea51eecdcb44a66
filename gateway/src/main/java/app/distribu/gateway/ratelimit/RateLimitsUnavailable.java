package app.distribu.gateway.ratelimit;

/**
 * The shared count cannot be taken and the request changes data: refused rather than let
 * through unlimited.
 */
public class RateLimitsUnavailable extends RuntimeException {

	public static final String DETAIL = "Rate limits can't be checked right now, so changes are paused. "
			+ "Reading still works; retry the change in a few seconds.";

	/** Seconds a client should wait: about the time the database check is skipped. */
	public static final int RETRY_AFTER_SECONDS = 5;

	RateLimitsUnavailable() {
		super(DETAIL);
	}

}
