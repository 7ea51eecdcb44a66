package app.distribu.gateway.ratelimit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This replica's own count of each key's minute, used only while the database cannot be
 * reached: reads stay limited (to the plan's limit per replica) instead of unlimited.
 */
class LocalWindows {

	private final Map<UUID, Window> windows = new ConcurrentHashMap<>();

	Allowance take(UUID apiKeyId, int limit, Instant now) {
		Instant start = now.truncatedTo(ChronoUnit.MINUTES);
		Window window = this.windows.compute(apiKeyId,
				(key, current) -> (current != null && current.start().equals(start))
						? new Window(start, current.requests() + 1) : new Window(start, 1));
		return new Allowance(limit, window.requests(), start.plus(1, ChronoUnit.MINUTES));
	}

	/** Past minutes are never read again. */
	void forgetBefore(Instant now) {
		Instant start = now.truncatedTo(ChronoUnit.MINUTES);
		this.windows.values().removeIf((window) -> window.start().isBefore(start));
	}

	private record Window(Instant start, int requests) {

	}

}
