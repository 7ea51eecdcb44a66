package app.distribu.gateway.apikey;

import java.time.Duration;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import app.distribu.gateway.EdgeProperties;

/** Calls identity's {@code POST /internal/api-keys/exchange}. */
@Component
class IdentityExchange {

	private final WebClient identity;

	IdentityExchange(EdgeProperties properties) {
		this.identity = WebClient.builder().baseUrl(properties.identityUrl().toString()).build();
	}

	/** The token, or empty when identity does not know the key (or it was revoked). */
	Mono<ExchangedToken> exchange(String key, String correlationId) {
		return this.identity.post()
			.uri("/internal/api-keys/exchange")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Correlation-Id", correlationId)
			.bodyValue(Map.of("key", key))
			.exchangeToMono((response) -> {
				if (response.statusCode().is2xxSuccessful()) {
					return response.bodyToMono(ExchangedToken.class);
				}
				if (response.statusCode().value() == HttpStatus.UNAUTHORIZED.value()) {
					return response.releaseBody().then(Mono.empty());
				}
				return response.releaseBody()
					.then(Mono.error(new IllegalStateException("identity answered " + response.statusCode())));
			})
			.timeout(Duration.ofSeconds(5))
			// A slow or unreachable identity is a 503 for the caller, never a 500.
			.onErrorMap((ex) -> !(ex instanceof IllegalStateException),
					(ex) -> new IllegalStateException("identity did not answer: " + ex, ex));
	}

}
