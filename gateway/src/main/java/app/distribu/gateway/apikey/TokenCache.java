package app.distribu.gateway.apikey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.stereotype.Component;

/**
 * Exchanged tokens by the key's SHA-256, each kept for at most 60 s and never closer than
 * 30 s to its expiry. A key id → hashes index lets a revocation evict at once.
 */
@Component
class TokenCache {

	static final Duration MAX_AGE = Duration.ofSeconds(60);

	static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

	private final Cache<String, ExchangedToken> tokens;

	private final ConcurrentHashMap<UUID, Set<String>> hashesByKey = new ConcurrentHashMap<>();

	private final Clock clock;

	TokenCache(Clock clock) {
		this.clock = clock;
		this.tokens = Caffeine.newBuilder().maximumSize(100_000).expireAfter(new Expiry<String, ExchangedToken>() {

			@Override
			public long expireAfterCreate(String hash, ExchangedToken token, long currentTime) {
				return lifetime(token).toNanos();
			}

			@Override
			public long expireAfterUpdate(String hash, ExchangedToken token, long currentTime, long currentDuration) {
				return lifetime(token).toNanos();
			}

			@Override
			public long expireAfterRead(String hash, ExchangedToken token, long currentTime, long currentDuration) {
				return currentDuration;
			}

		})
			.removalListener(
					(String hash, ExchangedToken token, com.github.benmanes.caffeine.cache.RemovalCause cause) -> {
						if (hash != null && token != null) {
							this.hashesByKey.computeIfPresent(token.apiKeyId(), (key, hashes) -> {
								hashes.remove(hash);
								return hashes.isEmpty() ? null : hashes;
							});
						}
					})
			.build();
	}

	ExchangedToken get(String hash) {
		return this.tokens.getIfPresent(hash);
	}

	void put(String hash, ExchangedToken token) {
		if (lifetime(token).isZero()) {
			return;
		}
		this.hashesByKey.computeIfAbsent(token.apiKeyId(), (key) -> ConcurrentHashMap.newKeySet()).add(hash);
		this.tokens.put(hash, token);
	}

	void evictKey(UUID apiKeyId) {
		Set<String> hashes = this.hashesByKey.remove(apiKeyId);
		if (hashes != null) {
			this.tokens.invalidateAll(hashes);
		}
	}

	private Duration lifetime(ExchangedToken token) {
		Duration untilExpiry = Duration.between(Instant.now(this.clock), token.expiresAt()).minus(EXPIRY_MARGIN);
		if (untilExpiry.isNegative()) {
			return Duration.ZERO;
		}
		return (untilExpiry.compareTo(MAX_AGE) < 0) ? untilExpiry : MAX_AGE;
	}

}
