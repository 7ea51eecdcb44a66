package app.distribu.identity.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the database throttle last refused on this instance, and until when: later
 * attempts against the same key are refused from memory, before any database work, so a
 * flood from one address costs a map lookup per attempt instead of a turn on a locked
 * counter row.
 * <p>
 * It only repeats the database's own verdict for the wait the database gave, so it never
 * refuses what the database would let through: during that wait the database refuses
 * every attempt with the key too (a refused attempt is not counted, and a right password
 * cannot get past a refusal to take a count back; only an attempt already past the check
 * when the refusal came could). With several replicas each learns on its own first
 * refusal; the database stays the source of truth. Bounded: when full, expired entries
 * go, and if none have expired nothing new is remembered (the database still refuses,
 * only more slowly).
 */
final class KnownRefusals {

	private final Map<String, Instant> until = new ConcurrentHashMap<>();

	private final int capacity;

	KnownRefusals(int capacity) {
		this.capacity = capacity;
	}

	/** The longest remaining wait of any refused key, if one is still refused at now. */
	Optional<Duration> wait(Collection<String> keys, Instant now) {
		Duration longest = null;
		for (String key : keys) {
			Instant end = this.until.get(key);
			if (end != null && end.isAfter(now)) {
				Duration wait = Duration.between(now, end);
				longest = (longest == null || wait.compareTo(longest) > 0) ? wait : longest;
			}
		}
		return Optional.ofNullable(longest);
	}

	void remember(String key, Instant end, Instant now) {
		if (!end.isAfter(now)) {
			return;
		}
		if (this.until.size() >= this.capacity && !this.until.containsKey(key)) {
			this.until.values().removeIf((expiry) -> !expiry.isAfter(now));
			if (this.until.size() >= this.capacity) {
				return;
			}
		}
		this.until.merge(key, end, (old, fresh) -> fresh.isAfter(old) ? fresh : old);
	}

	int size() {
		return this.until.size();
	}

}
