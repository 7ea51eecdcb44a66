package app.distribu.order.dashboard;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** One line of an order's status history; {@code from} is null for its creation. */
public record HistoryLine(String from, String to, UUID changedBy, Instant changedAt) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	public String when() {
		return WHEN.format(this.changedAt);
	}

}
