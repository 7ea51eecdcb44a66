package app.distribu.webhook.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** A delivery as the webhook card lists it. */
public record DeliveryRow(UUID endpointId, String eventType, String status, Integer responseStatus, String excerpt,
		Integer durationMs, Instant createdAt, Instant attemptedAt) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	public String time() {
		return WHEN.format((this.attemptedAt != null) ? this.attemptedAt : this.createdAt);
	}

	public boolean failed() {
		return "FAILED".equals(this.status);
	}

	public String code() {
		return (this.responseStatus != null) ? this.responseStatus.toString() : "—";
	}

	public String duration() {
		return (this.durationMs != null) ? this.durationMs + " ms" : "—";
	}

}
