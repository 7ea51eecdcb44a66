package app.distribu.webhook.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A delivery as the webhook card and the API show it, with its attempts (newest first).
 *
 * @param attempts how many attempts were started
 * @param nextAttemptAt when a waiting delivery is tried next (or, while an attempt runs,
 * when its lease ends)
 */
public record DeliveryRow(UUID id, UUID endpointId, UUID eventId, String eventType, String status, int attempts,
		Integer responseStatus, String excerpt, Integer durationMs, Instant createdAt, Instant attemptedAt,
		Instant nextAttemptAt, Instant leaseUntil, String body, List<AttemptRow> attemptList) {

	/**
	 * The house format of dates (platform/web's {@code Dates.TIME} on main) with seconds:
	 * attempts can be seconds apart.
	 */
	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	DeliveryRow withAttempts(List<AttemptRow> list) {
		return new DeliveryRow(this.id, this.endpointId, this.eventId, this.eventType, this.status, this.attempts,
				this.responseStatus, this.excerpt, this.durationMs, this.createdAt, this.attemptedAt,
				this.nextAttemptAt, this.leaseUntil, this.body, list);
	}

	public String time() {
		return WHEN.format((this.attemptedAt != null) ? this.attemptedAt : this.createdAt);
	}

	/** Failed for good, or the last attempt failed and another is coming. */
	public boolean failed() {
		return "FAILED".equals(this.status) || (!succeeded() && this.attemptedAt != null);
	}

	public boolean succeeded() {
		return "SUCCEEDED".equals(this.status);
	}

	public boolean sending() {
		return this.leaseUntil != null && "PENDING".equals(this.status);
	}

	public boolean retrying() {
		return "PENDING".equals(this.status) && this.attempts > 0 && !sending();
	}

	/** What the card's status badge says. */
	public String label() {
		if (succeeded()) {
			return "Delivered";
		}
		if ("FAILED".equals(this.status)) {
			return "Failed";
		}
		if (sending()) {
			return "Sending";
		}
		return retrying() ? "Retrying" : "Queued";
	}

	public String code() {
		return (this.responseStatus != null) ? this.responseStatus.toString() : "—";
	}

	public String duration() {
		return (this.durationMs != null) ? this.durationMs + " ms" : "—";
	}

	public String nextRetry() {
		return (retrying() && this.nextAttemptAt != null) ? WHEN.format(this.nextAttemptAt) : null;
	}

	/** The request headers of the latest attempt. */
	public List<AttemptRow.Header> requestHeaders() {
		return this.attemptList.isEmpty() ? List.of() : this.attemptList.get(0).requestHeaders();
	}

}
