package app.distribu.gateway.edge;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Services only read bearer tokens; for pages the token travels in the session cookie, so
 * the gateway hands it on as {@code Authorization: Bearer <cookie value>}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SessionRelayFilter implements WebFilter {

	static final String COOKIE = "DISTRIBU_SESSION";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (exchange.getRequest().getPath().value().startsWith("/api/")) {
			return chain.filter(exchange);
		}
		HttpCookie session = exchange.getRequest().getCookies().getFirst(COOKIE);
		if (session == null || session.getValue().isBlank()) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate()
			.request((request) -> request
				.headers((headers) -> headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + session.getValue())))
			.build());
	}

}
