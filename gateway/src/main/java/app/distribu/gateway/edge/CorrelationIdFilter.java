package app.distribu.gateway.edge;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import app.distribu.platform.secrets.LogRedaction;

/**
 * Takes a well-formed incoming {@code X-Correlation-Id} or creates one, passes it
 * downstream, echoes it to the caller and logs one line per request with it (tokens in
 * link paths redacted).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter implements WebFilter {

	static final String HEADER = "X-Correlation-Id";

	static final String MDC_KEY = "correlationId";

	private static final Logger log = LoggerFactory.getLogger(CorrelationIdFilter.class);

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String id = sanitize(exchange.getRequest().getHeaders().getFirst(HEADER));
		ServerWebExchange withId = exchange.mutate()
			.request((request) -> request.headers((headers) -> headers.set(HEADER, id)))
			.build();
		withId.getResponse().getHeaders().set(HEADER, id);
		withId.getAttributes().put(MDC_KEY, id);
		long started = System.nanoTime();
		return chain.filter(withId)
			.contextWrite((context) -> context.put(MDC_KEY, id))
			.doFinally((signal) -> logRequest(withId, id, started));
	}

	private static void logRequest(ServerWebExchange exchange, String id, long started) {
		MDC.put(MDC_KEY, id);
		try {
			// Links carry their credential in the path: never in the access log.
			log.info("{} {} -> {} in {} ms", exchange.getRequest().getMethod(),
					LogRedaction.redact(exchange.getRequest().getPath().value()),
					exchange.getResponse().getStatusCode(), (System.nanoTime() - started) / 1_000_000);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	/** Accepts a caller's id only if it looks like one, so logs cannot be forged. */
	static String sanitize(String candidate) {
		if (candidate == null || candidate.isBlank() || candidate.length() > 64
				|| !candidate.matches("[A-Za-z0-9._-]+")) {
			return UUID.randomUUID().toString();
		}
		return candidate;
	}

}
