package app.distribu.webhook;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** The service's HTTP API as a partner calls it; statuses are asserted, never thrown. */
final class Api {

	private final RestClient client;

	Api(int port) {
		this.client = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	ResponseEntity<JsonNode> create(String token, Map<String, Object> body) {
		return this.client.post()
			.uri("/api/v1/webhooks")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(JsonNode.class);
	}

	ResponseEntity<JsonNode> list(String token) {
		return this.client.get()
			.uri("/api/v1/webhooks")
			.header("Authorization", "Bearer " + token)
			.retrieve()
			.toEntity(JsonNode.class);
	}

	ResponseEntity<JsonNode> delete(String token, String id) {
		return this.client.delete()
			.uri("/api/v1/webhooks/{id}", id)
			.header("Authorization", "Bearer " + token)
			.retrieve()
			.toEntity(JsonNode.class);
	}

	ResponseEntity<String> page(String token) {
		return this.client.get()
			.uri("/dashboard/settings/webhooks")
			.header("Authorization", "Bearer " + token)
			.retrieve()
			.toEntity(String.class);
	}

}
