package app.distribu.gateway.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import app.distribu.gateway.edge.Problems;
import app.distribu.gateway.ratelimit.RateLimitHeaders;
import app.distribu.gateway.ratelimit.RateLimits;
import app.distribu.gateway.ratelimit.RateLimitsUnavailable;

/**
 * Runs before routing for every {@code /api/} path, so even unrouted API paths answer 401
 * rather than 404. Services receive the exchanged token, never the key.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ApiKeyFilter implements WebFilter {

	static final String WRONG_SCHEME = "Use 'Authorization: Bearer dk_...' (the scheme is case-sensitive).";

	static final String UNKNOWN_KEY = "The API key is unknown or has been revoked.";

	static final String WRONG_PATH = "API paths start with /api/v1/.";

	/** The OpenAPI document needs no key (see apidocs). */
	static final String PUBLIC_DESCRIPTION = "/api/v1/openapi.json";

	private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

	private final TokenCache cache;

	private final IdentityExchange identity;

	private final RateLimits rateLimits;

	private final Clock clock;

	private final Map<String, Mono<ExchangedToken>> inFlight = new ConcurrentHashMap<>();

	ApiKeyFilter(TokenCache cache, IdentityExchange identity, RateLimits rateLimits, Clock clock) {
		this.cache = cache;
		this.identity = identity;
		this.rateLimits = rateLimits;
		this.clock = clock;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		if ((!path.startsWith("/api/") && !path.equals("/api")) || path.equals(PUBLIC_DESCRIPTION)) {
			return chain.filter(exchange);
		}
		if (!path.startsWith("/api/v1/") && !path.equals("/api/v1")) {
			return unauthorized(exchange, WRONG_PATH);
		}
		String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.startsWith("Bearer dk_")) {
			return unauthorized(exchange, WRONG_SCHEME);
		}
		String key = authorization.substring("Bearer ".length());
		String hash = sha256Hex(key);
		ExchangedToken cached = this.cache.get(hash);
		Mono<ExchangedToken> token = (cached != null) ? Mono.just(cached)
				: exchanged(hash, key, exchange.getRequest().getHeaders().getFirst("X-Correlation-Id"));
		return token.flatMap((exchanged) -> limited(exchange, chain, exchanged).thenReturn(true))
			.switchIfEmpty(Mono.defer(() -> unauthorized(exchange, UNKNOWN_KEY).thenReturn(true)))
			.onErrorResume(IllegalStateException.class, (ex) -> {
				log.warn("API key exchange failed: {}", ex.getMessage());
				return Problems
					.write(exchange.getResponse(), HttpStatus.SERVICE_UNAVAILABLE,
							"Authentication is temporarily unavailable. Retry in a moment.")
					.thenReturn(true);
			})
			.then();
	}

	/**
	 * One exchange per key at a time: when the cached token runs out under load, every
	 * request in flight with that key waits for the same answer instead of each asking
	 * identity to sign a token (a herd of signatures timed out as 503s, issue #13).
	 */
	private Mono<ExchangedToken> exchanged(String hash, String key, String correlationId) {
		return this.inFlight.computeIfAbsent(hash,
				(absent) -> this.identity.exchange(key, correlationId)
					.doOnNext((exchanged) -> this.cache.put(hash, exchanged))
					.doFinally((signal) -> this.inFlight.remove(hash))
					.cache());
	}

	/** Counts the request against the key's minute; over the limit, a 429 instead. */
	private Mono<Void> limited(ServerWebExchange exchange, WebFilterChain chain, ExchangedToken token) {
		return this.rateLimits.take(token.apiKeyId(), token.requestsPerMinute(), exchange.getRequest().getMethod())
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.onErrorResume(RateLimitsUnavailable.class, (ex) -> {
				exchange.getResponse()
					.getHeaders()
					.set(HttpHeaders.RETRY_AFTER, String.valueOf(RateLimitsUnavailable.RETRY_AFTER_SECONDS));
				return Problems.write(exchange.getResponse(), HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage())
					.then(Mono.empty());
			})
			.flatMap((allowance) -> {
				if (allowance.isEmpty()) {
					return chain.filter(forward(exchange, token));
				}
				Instant now = this.clock.instant();
				RateLimitHeaders.write(exchange.getResponse().getHeaders(), allowance.get(), now);
				if (!allowance.get().allowed()) {
					Metrics.counter("distribu.ratelimit.rejected", "limit", "api").increment();
					return Problems.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS,
							"This API key has used its " + allowance.get().limit()
									+ " requests for this minute. Try again in "
									+ RateLimitHeaders.secondsToWait(allowance.get(), now) + " seconds.");
				}
				return chain.filter(forward(exchange, token));
			});
	}

	private static ServerWebExchange forward(ServerWebExchange exchange, ExchangedToken token) {
		return exchange.mutate()
			.request((request) -> request
				.headers((headers) -> headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token.token())))
			.build();
	}

	private static Mono<Void> unauthorized(ServerWebExchange exchange, String detail) {
		return Problems.write(exchange.getResponse(), HttpStatus.UNAUTHORIZED, detail);
	}

	static String sha256Hex(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
