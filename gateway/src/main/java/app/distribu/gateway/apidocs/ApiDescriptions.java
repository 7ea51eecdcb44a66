package app.distribu.gateway.apidocs;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import app.distribu.gateway.EdgeProperties;

/**
 * Each service describes the {@code /api/v1} endpoints it owns at
 * {@code /internal/openapi}; this merges them into one document. A service that does not
 * answer is left out rather than failing the whole document.
 */
@Component
class ApiDescriptions {

	static final String SERVICE_PATH = "/internal/openapi";

	private static final Logger log = LoggerFactory.getLogger(ApiDescriptions.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, URI> services;

	private final WebClient http = WebClient.builder()
		.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(4 << 20))
		.build();

	private final Mono<Merged> merged;

	ApiDescriptions(EdgeProperties properties) {
		this.services = properties.services();
		// Descriptions change only with a deployment; a minute of staleness is fine. A
		// document missing a service (busy or starting) is fetched again soon.
		this.merged = Mono.defer(this::merge)
			.cache((doc) -> doc.complete() ? Duration.ofMinutes(1) : Duration.ofSeconds(5), (ex) -> Duration.ZERO,
					() -> Duration.ZERO);
	}

	Mono<String> document() {
		return this.merged.map(Merged::json);
	}

	private Mono<Merged> merge() {
		return Flux.fromIterable(this.services.entrySet())
			.flatMapSequential((service) -> fetch(service.getKey(), service.getValue()))
			.collectList()
			.map((descriptions) -> {
				ObjectNode doc = base();
				descriptions.forEach((description) -> mergeInto(doc, description));
				return new Merged(JSON.writeValueAsString(doc), descriptions.size() == this.services.size());
			});
	}

	private record Merged(String json, boolean complete) {

	}

	private Mono<JsonNode> fetch(String name, URI url) {
		return this.http.get()
			.uri(url.resolve(SERVICE_PATH))
			.retrieve()
			.bodyToMono(String.class)
			.timeout(Duration.ofSeconds(3))
			.map(JSON::readTree)
			.onErrorResume((ex) -> {
				log.warn("No API description from {}: {}", name, ex.getMessage());
				return Mono.empty();
			});
	}

	private static ObjectNode base() {
		ObjectNode doc = JSON.createObjectNode();
		doc.put("openapi", "3.1.0");
		ObjectNode info = doc.putObject("info");
		info.put("title", "Distribu API");
		info.put("version", "v1");
		info.put("description", "Products, customers, orders, webhooks and the events feed of one company. "
				+ "Authenticate with an API key: `Authorization: Bearer dk_...`. Errors are RFC 9457 problem details; "
				+ "lists use cursor pagination; every answer carries X-RateLimit-Limit, -Remaining and -Reset.");
		doc.putObject("paths");
		doc.putObject("components");
		return doc;
	}

	/**
	 * Paths and components are owned by exactly one service, so a plain union is enough;
	 * a component two services name alike but describe differently is logged.
	 */
	static ObjectNode mergeInto(ObjectNode doc, JsonNode service) {
		if (service.path("paths").isObject()) {
			((ObjectNode) doc.get("paths")).setAll((ObjectNode) service.get("paths"));
		}
		ObjectNode components = (ObjectNode) doc.get("components");
		service.path("components").properties().forEach((section) -> {
			ObjectNode target = components.has(section.getKey()) ? (ObjectNode) components.get(section.getKey())
					: components.putObject(section.getKey());
			section.getValue().properties().forEach((entry) -> {
				JsonNode earlier = target.get(entry.getKey());
				if (earlier == null) {
					target.set(entry.getKey(), entry.getValue());
				}
				else if (!earlier.equals(entry.getValue())) {
					// ApiContractIT fails on this; name one of the records with
					// @Schema(name).
					log.warn("Two services describe {} '{}' differently; the document keeps the first",
							section.getKey(), entry.getKey());
				}
			});
		});
		return doc;
	}

}
