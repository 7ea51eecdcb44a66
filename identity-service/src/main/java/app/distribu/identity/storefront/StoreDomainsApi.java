package app.distribu.identity.storefront;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the gateway: which store a verified custom domain shows. Not routed by the gateway
 * (like all of {@code /internal}); the answer is public knowledge anyway (the domain
 * shows the store), so it needs no credential.
 */
@RestController
class StoreDomainsApi {

	private final StoreSettingsRepository repository;

	StoreDomainsApi(StoreSettingsRepository repository) {
		this.repository = repository;
	}

	@GetMapping("/internal/store-domains/{host}")
	ResponseEntity<Map<String, String>> store(@PathVariable String host) {
		return this.repository.slugOfVerifiedHost(host.toLowerCase(Locale.ROOT))
			.map((slug) -> ResponseEntity.ok(Map.of("host", host.toLowerCase(Locale.ROOT), "slug", slug)))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
