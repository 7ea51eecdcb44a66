package app.distribu.platform.web;

import java.util.UUID;

import org.slf4j.MDC;

/**
 * The id that follows one user action through every service: HTTP header, Kafka header
 * and the {@code correlationId} field of every structured log line.
 */
public final class CorrelationId {

	public static final String HEADER = "X-Correlation-Id";

	public static final String MDC_KEY = "correlationId";

	private CorrelationId() {
	}

	public static String current() {
		return MDC.get(MDC_KEY);
	}

	public static String newId() {
		return UUID.randomUUID().toString();
	}

	/** Accepts a caller's id only if it looks like one, so logs cannot be forged. */
	public static String sanitize(String candidate) {
		if (candidate == null || candidate.isBlank() || candidate.length() > 64
				|| !candidate.matches("[A-Za-z0-9._-]+")) {
			return newId();
		}
		return candidate;
	}

}
