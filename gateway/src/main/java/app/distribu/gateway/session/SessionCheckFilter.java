package app.distribu.gateway.session;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import app.distribu.gateway.edge.Problems;
import app.distribu.gateway.session.SessionVersions.IdentityUnavailable;

/**
 * Checks every session cookie a page request carries against its subject's current
 * session version. A revoked session is taken off the request (the service then sees a
 * signed-out visitor and sends them to sign in) and deleted in the browser. API calls
 * carry no sessions.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SessionCheckFilter implements WebFilter {

	static final String SESSION = "DISTRIBU_SESSION";

	static final String STORE_SESSION = "DISTRIBU_STORE_SESSION";

	private static final Logger log = LoggerFactory.getLogger(SessionCheckFilter.class);

	private final SessionVersions versions;

	private final JsonMapper json;

	private final Counter refused;

	private final Clock clock;

	SessionCheckFilter(SessionVersions versions, JsonMapper json, MeterRegistry meters, Clock clock) {
		this.versions = versions;
		this.json = json;
		this.clock = clock;
		this.refused = Counter.builder("distribu.gateway.sessions.revoked")
			.description("Requests whose session cookie had been revoked")
			.register(meters);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (exchange.getRequest().getPath().value().startsWith("/api/")) {
			return chain.filter(exchange);
		}
		List<Presented> sessions = presented(exchange);
		if (sessions.isEmpty()) {
			return chain.filter(exchange);
		}
		return Flux.fromIterable(sessions)
			.concatMap((session) -> this.versions.current(session.token().subject())
				.filter((current) -> session.token().version() < current)
				.map((current) -> session))
			.collectList()
			.flatMap((revoked) -> revoked.isEmpty() ? chain.filter(exchange) : chain.filter(without(exchange, revoked)))
			.onErrorResume(IdentityUnavailable.class, (ex) -> {
				log.warn("Session not checked: {}", ex.getMessage());
				exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
				return Problems.write(exchange.getResponse(), HttpStatus.SERVICE_UNAVAILABLE,
						"Sign-in is temporarily unavailable. Retry in a moment.");
			});
	}

	private List<Presented> presented(ServerWebExchange exchange) {
		List<Presented> sessions = new ArrayList<>();
		Instant now = this.clock.instant();
		for (String name : new String[] { SESSION, STORE_SESSION }) {
			for (HttpCookie cookie : exchange.getRequest().getCookies().getOrDefault(name, List.of())) {
				Optional<SessionToken> token = SessionToken.read(cookie.getValue(), this.json);
				// An expired token is refused by the service anyway.
				if (token.isPresent() && token.get().expiresAt().isAfter(now)) {
					sessions.add(new Presented(name, cookie.getValue(), token.get()));
				}
			}
		}
		return sessions;
	}

	/** The request without the revoked cookies, and a response that deletes them. */
	private ServerWebExchange without(ServerWebExchange exchange, List<Presented> revoked) {
		List<String> kept = new ArrayList<>();
		exchange.getRequest()
			.getCookies()
			.forEach((name, cookies) -> cookies.stream()
				.filter((cookie) -> revoked.stream()
					.noneMatch((session) -> session.name().equals(name) && session.value().equals(cookie.getValue())))
				.forEach((cookie) -> kept.add(name + "=" + cookie.getValue())));
		for (Presented session : revoked) {
			this.refused.increment();
			log.info("Refused a revoked session of {}", session.token().subject());
			exchange.getResponse()
				.addCookie(ResponseCookie.from(session.name(), "")
					.path(session.path())
					.maxAge(0)
					.httpOnly(true)
					.sameSite("Lax")
					.build());
		}
		return exchange.mutate().request((request) -> request.headers((headers) -> {
			headers.remove(HttpHeaders.COOKIE);
			if (!kept.isEmpty()) {
				headers.set(HttpHeaders.COOKIE, String.join("; ", kept));
			}
		})).build();
	}

	private record Presented(String name, String value, SessionToken token) {

		/** Where identity set the cookie, so that the deletion replaces it. */
		String path() {
			return (STORE_SESSION.equals(this.name) && this.token.slug() != null) ? "/store/" + this.token.slug() : "/";
		}

	}

}
