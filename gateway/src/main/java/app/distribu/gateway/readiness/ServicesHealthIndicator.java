package app.distribu.gateway.readiness;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import app.distribu.gateway.EdgeProperties;

/**
 * "services" in the readiness group: UP only when every routed service answers UP on its
 * own readiness probe. Liveness does not include it, so a slow dependency never gets the
 * gateway restarted.
 */
@Component("services")
class ServicesHealthIndicator implements ReactiveHealthIndicator {

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private final Map<String, URI> services;

	private final WebClient http = WebClient.create();

	ServicesHealthIndicator(EdgeProperties properties) {
		this.services = properties.services();
	}

	@Override
	public Mono<Health> health() {
		return Flux.fromIterable(this.services.entrySet())
			.flatMap((service) -> probe(service.getValue()).map((status) -> Map.entry(service.getKey(), status)))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue, TreeMap::new)
			.map((statuses) -> {
				boolean allUp = statuses.values().stream().allMatch("UP"::equals);
				return (allUp ? Health.up() : Health.down()).withDetails(statuses).build();
			});
	}

	private Mono<String> probe(URI base) {
		return this.http.get()
			.uri(base.resolve("/actuator/health/readiness"))
			.exchangeToMono((response) -> response.statusCode().is2xxSuccessful()
					? response.bodyToMono(Map.class).map((body) -> String.valueOf(body.get("status")))
					: response.releaseBody().thenReturn("DOWN (" + response.statusCode().value() + ")"))
			.timeout(TIMEOUT)
			.onErrorResume((ex) -> Mono.just("DOWN (unreachable)"));
	}

}
