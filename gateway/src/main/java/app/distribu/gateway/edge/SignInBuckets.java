package app.distribu.gateway.edge;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address, in this replica's memory: {@code burst} attempts at
 * once, refilled at {@code perSecond}. At most {@code MAX_ADDRESSES} are tracked; when
 * that many are, the ones whose bucket has filled up again are forgotten, and a new
 * address beyond the bound is let through (identity's own throttle still counts it).
 */
final class SignInBuckets {

	static final int MAX_ADDRESSES = 50_000;

	private final int burst;

	private final double perSecond;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	SignInBuckets(int burst, double perSecond) {
		this.burst = burst;
		this.perSecond = perSecond;
	}

	/** Null when the attempt may go on, else how long until the next one may. */
	Duration take(String address, Instant now) {
		if (!this.buckets.containsKey(address) && this.buckets.size() >= MAX_ADDRESSES) {
			this.buckets.values().removeIf((bucket) -> bucket.tokensAt(now, this.burst, this.perSecond) >= this.burst);
			if (this.buckets.size() >= MAX_ADDRESSES) {
				return null;
			}
		}
		boolean[] granted = new boolean[1];
		Bucket after = this.buckets.compute(address, (key, bucket) -> {
			double tokens = (bucket != null) ? bucket.tokensAt(now, this.burst, this.perSecond) : this.burst;
			if (tokens < 1) {
				// Kept as it was: a refused attempt takes nothing and moves nothing.
				return bucket;
			}
			granted[0] = true;
			return new Bucket(tokens - 1, now);
		});
		if (granted[0]) {
			return null;
		}
		double missing = 1 - after.tokensAt(now, this.burst, this.perSecond);
		return Duration.ofMillis(Math.max(1, (long) Math.ceil(missing / this.perSecond * 1000)));
	}

	int tracked() {
		return this.buckets.size();
	}

	private record Bucket(double tokens, Instant at) {

		double tokensAt(Instant now, int burst, double perSecond) {
			double refilled = Duration.between(this.at, now).toNanos() / 1e9 * perSecond;
			return Math.min(burst, this.tokens + Math.max(0, refilled));
		}

	}

}
