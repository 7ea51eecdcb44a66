package app.distribu.gateway.customdomain;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import app.distribu.gateway.EdgeProperties;

/**
 * Which store a host shows, from identity's {@code GET /internal/store-domains/{host}},
 * cached for {@link DomainProperties#cacheFor()} whatever the answer (so random Host
 * headers cannot flood identity). A failed lookup is not cached.
 */
@Component
class StoreDomains {

	private final WebClient identity;

	private final AsyncLoadingCache<String, Optional<String>> slugs;

	StoreDomains(EdgeProperties edge, DomainProperties properties) {
		this.identity = WebClient.builder().baseUrl(edge.identityUrl().toString()).build();
		this.slugs = Caffeine.newBuilder()
			.maximumSize(50_000)
			.expireAfterWrite(properties.cacheFor())
			.buildAsync((host, executor) -> lookUp(host).toFuture());
	}

	/** The slug of the store at this verified domain, or empty. */
	Mono<Optional<String>> slugOf(String host) {
		return Mono.fromFuture(this.slugs.get(host));
	}

	private Mono<Optional<String>> lookUp(String host) {
		return this.identity.get().uri("/internal/store-domains/{host}", host).exchangeToMono((response) -> {
			if (response.statusCode().is2xxSuccessful()) {
				return response.bodyToMono(Found.class).map((found) -> Optional.ofNullable(found.slug()));
			}
			if (response.statusCode().value() == HttpStatus.NOT_FOUND.value()) {
				return response.releaseBody().thenReturn(Optional.<String>empty());
			}
			return response.releaseBody()
				.then(Mono.error(new IllegalStateException("identity answered " + response.statusCode())));
		}).timeout(Duration.ofSeconds(3));
	}

	record Found(String host, String slug) {
	}

}
