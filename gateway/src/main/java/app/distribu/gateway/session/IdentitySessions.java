package app.distribu.gateway.session;

import java.time.Duration;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import app.distribu.gateway.EdgeProperties;

/** Calls identity's {@code GET /internal/sessions/{subject}}. */
@Component
class IdentitySessions {

	private final WebClient identity;

	IdentitySessions(EdgeProperties properties) {
		this.identity = WebClient.builder().baseUrl(properties.identityUrl().toString()).build();
	}

	Mono<Integer> version(UUID subject) {
		return this.identity.get()
			.uri("/internal/sessions/{subject}", subject)
			.retrieve()
			.bodyToMono(Answer.class)
			.map(Answer::version)
			.timeout(Duration.ofSeconds(5));
	}

	record Answer(int version) {

	}

}
