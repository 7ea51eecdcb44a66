package app.distribu.gateway.edge;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.ReactiveHealthEndpointWebExtension;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The only actuator answers on the public port: liveness and readiness, status only, at
 * the paths Kubernetes and the local stack probe. Everything else of the actuator lives
 * on the management port, which is never exposed.
 */
@RestController
class PublicProbes {

	private final ReactiveHealthEndpointWebExtension health;

	PublicProbes(ReactiveHealthEndpointWebExtension health) {
		this.health = health;
	}

	@GetMapping("/actuator/health/{probe:liveness|readiness}")
	Mono<ResponseEntity<Map<String, String>>> probe(@PathVariable String probe) {
		return this.health.health(ApiVersion.LATEST, WebServerNamespace.SERVER, SecurityContext.NONE, false, probe)
			.map((answer) -> ResponseEntity.status(answer.getStatus())
				.body(Map.of("status", answer.getBody().getStatus().getCode())));
	}

}
