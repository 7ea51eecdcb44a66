package app.distribu.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Takes one request from a key's minute, counted in PostgreSQL so every replica shares
 * it. The plan's limit comes with the key exchange; without one the default (60) applies.
 * Benchmarks switch counting off ({@code API_RATE_LIMITS_ENABLED=false}); production
 * never does.
 * <p>
 * When the database cannot be reached the limiter fails closed for changes (POST, PUT,
 * PATCH, DELETE answer 503 with {@code Retry-After}) and counts reads on this replica
 * alone, so an outage neither lets writes through unlimited nor takes the read API down.
 * After a failure the database is left alone for a few seconds, so requests do not each
 * wait for a connection that will not come.
 */
@Component
public class RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	private static final Duration SKIP_DATABASE_FOR = Duration.ofSeconds(RateLimitsUnavailable.RETRY_AFTER_SECONDS);

	private final RateWindowRepository windows;

	private final LocalWindows local = new LocalWindows();

	private final Clock clock;

	private final int defaultPerMinute;

	private final boolean enabled;

	private volatile Instant databaseDownUntil = Instant.MIN;

	RateLimits(RateWindowRepository windows, Clock clock,
			@Value("${distribu.gateway.default-requests-per-minute:60}") int defaultPerMinute,
			@Value("${distribu.gateway.rate-limits-enabled:true}") boolean enabled) {
		this.windows = windows;
		this.clock = clock;
		this.defaultPerMinute = defaultPerMinute;
		this.enabled = enabled;
	}

	/**
	 * The request's allowance; empty when limits are off; {@link RateLimitsUnavailable}
	 * for a change while the database is unreachable.
	 */
	public Mono<Allowance> take(UUID apiKeyId, Integer planPerMinute, HttpMethod method) {
		if (!this.enabled) {
			return Mono.empty();
		}
		int limit = (planPerMinute != null && planPerMinute > 0) ? planPerMinute : this.defaultPerMinute;
		if (this.clock.instant().isBefore(this.databaseDownUntil)) {
			return withoutDatabase(apiKeyId, limit, method);
		}
		return Mono.fromCallable(() -> this.windows.count(apiKeyId))
			.subscribeOn(Schedulers.boundedElastic())
			.map((counted) -> new Allowance(limit, counted.requests(), counted.windowEnd().toInstant()))
			.onErrorResume((ex) -> {
				this.databaseDownUntil = this.clock.instant().plus(SKIP_DATABASE_FOR);
				log.warn("Rate limits not counted in the database; changes refused, reads counted on this replica: {}",
						ex.getMessage());
				return withoutDatabase(apiKeyId, limit, method);
			});
	}

	private Mono<Allowance> withoutDatabase(UUID apiKeyId, int limit, HttpMethod method) {
		if (!isRead(method)) {
			return Mono.error(new RateLimitsUnavailable());
		}
		return Mono.just(this.local.take(apiKeyId, limit, this.clock.instant()));
	}

	void forgetPastLocalWindows() {
		this.local.forgetBefore(this.clock.instant());
	}

	private static boolean isRead(HttpMethod method) {
		return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method);
	}

}
