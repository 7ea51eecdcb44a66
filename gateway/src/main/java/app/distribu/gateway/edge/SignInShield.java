package app.distribu.gateway.edge;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Sign-in attempts ({@code POST /login}, {@code /login/second-factor},
 * {@code /store/{slug}/login}) are counted per client address in this replica's memory
 * and refused with 429 before anything is forwarded once an address goes past
 * {@code SIGN_IN_BURST_PER_ADDRESS} at once and {@code SIGN_IN_PER_SECOND_PER_ADDRESS}
 * after that. A flood from one address then costs the gateway a map lookup instead of
 * costing identity a request thread, a CSRF check and a page, and a connection each: the
 * CPU and sockets the order path needs stay free. The limit is generous (an office behind
 * one address signs in far below it); identity's throttle per account and address, kept
 * in PostgreSQL, stays the rule for who may try again when.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
@EnableConfigurationProperties(SignInShieldProperties.class)
class SignInShield implements WebFilter {

	static final String MESSAGE = "Too many sign-in attempts from your network. Wait a few seconds and try again.";

	private final SignInBuckets buckets;

	private final ErrorPages pages;

	private final Clock clock;

	private final Counter refused;

	SignInShield(SignInShieldProperties properties, ErrorPages pages, Clock clock, MeterRegistry meters) {
		this.buckets = new SignInBuckets(properties.burst(), properties.perSecond());
		this.pages = pages;
		this.clock = clock;
		this.refused = Counter.builder("distribu.gateway.signin.refused")
			.description("Sign-in attempts refused at the gateway, per address, before reaching identity")
			.register(meters);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (!isSignIn(request)) {
			return chain.filter(exchange);
		}
		Duration wait = this.buckets.take(ClientAddress.of(request), this.clock.instant());
		if (wait == null) {
			return chain.filter(exchange);
		}
		this.refused.increment();
		exchange.getResponse()
			.getHeaders()
			.set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000)));
		if (ErrorPages.wantsPage(request)) {
			return this.pages.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS, "Too many attempts", MESSAGE,
					request.getPath().value());
		}
		return Problems.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS, MESSAGE);
	}

	static boolean isSignIn(ServerHttpRequest request) {
		if (request.getMethod() != HttpMethod.POST) {
			return false;
		}
		String path = request.getPath().value();
		return path.equals("/login") || path.equals("/login/second-factor")
				|| (path.startsWith("/store/") && path.endsWith("/login") && path.indexOf('/', 7) == path.length() - 6);
	}

}
