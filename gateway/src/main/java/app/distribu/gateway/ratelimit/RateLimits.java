package app.distribu.gateway.ratelimit;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Takes one request from a key's minute. The plan's limit comes with the key exchange;
 * without one the default (60) applies. Benchmarks switch counting off
 * ({@code API_RATE_LIMITS_ENABLED=false}); production never does.
 */
@Component
public class RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	private final RateWindowRepository windows;

	private final int defaultPerMinute;

	private final boolean enabled;

	RateLimits(RateWindowRepository windows,
			@Value("${distribu.gateway.default-requests-per-minute:60}") int defaultPerMinute,
			@Value("${distribu.gateway.rate-limits-enabled:true}") boolean enabled) {
		this.windows = windows;
		this.defaultPerMinute = defaultPerMinute;
		this.enabled = enabled;
	}

	/**
	 * The request's allowance, or empty when the count cannot be taken: an unreachable
	 * database must not take the whole API down with it, so the request goes through.
	 */
	public Mono<Allowance> take(UUID apiKeyId, Integer planPerMinute) {
		if (!this.enabled) {
			return Mono.empty();
		}
		int limit = (planPerMinute != null && planPerMinute > 0) ? planPerMinute : this.defaultPerMinute;
		return Mono.fromCallable(() -> this.windows.count(apiKeyId))
			.subscribeOn(Schedulers.boundedElastic())
			.map((counted) -> new Allowance(limit, counted.requests(), counted.windowEnd().toInstant()))
			.onErrorResume((ex) -> {
				log.warn("Rate limit not counted, request let through: {}", ex.getMessage());
				return Mono.empty();
			});
	}

}
