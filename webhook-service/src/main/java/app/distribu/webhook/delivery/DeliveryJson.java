package app.distribu.webhook.delivery;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A delivery as the API shows it, with its attempts (newest first). */
record DeliveryJson(String id, String eventId, String eventType, String status, int attempts,
		@Nullable Integer responseStatus, @Nullable String responseExcerpt, @Nullable Integer durationMs,
		Instant createdAt, @Nullable Instant lastAttemptAt, @Nullable Instant nextAttemptAt,
		List<Attempt> attemptHistory) {

	static DeliveryJson of(DeliveryRow row) {
		return new DeliveryJson(row.id().toString(), row.eventId().toString(), row.eventType(), row.status(),
				row.attempts(), row.responseStatus(), row.excerpt(), row.durationMs(), row.createdAt(),
				row.attemptedAt(), "PENDING".equals(row.status()) ? row.nextAttemptAt() : null,
				row.attemptList()
					.stream()
					.map((a) -> new Attempt(a.number(), a.startedAt(), a.durationMs(), a.succeeded(),
							a.responseStatus(), a.excerpt(), a.nextAttemptAt()))
					.toList());
	}

	record Attempt(int number, Instant startedAt, int durationMs, boolean succeeded, @Nullable Integer responseStatus,
			@Nullable String responseExcerpt, @Nullable Instant nextAttemptAt) {

	}

}
