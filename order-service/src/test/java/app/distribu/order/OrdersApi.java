package app.distribu.order;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * A client of the running order-service that answers every status instead of throwing.
 */
public final class OrdersApi {

	private final RestClient client;

	public OrdersApi(int port) {
		this.client = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	public ResponseEntity<JsonNode> post(String token, String path, Object body) {
		return post(token, path, body, Map.of());
	}

	public ResponseEntity<JsonNode> post(String token, String path, Object body, Map<String, String> headers) {
		return this.client.post()
			.uri(path)
			.header("Authorization", "Bearer " + token)
			.headers((h) -> headers.forEach(h::set))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(JsonNode.class);
	}

	public ResponseEntity<JsonNode> patch(String token, String path, Object body) {
		return this.client.patch()
			.uri(path)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(JsonNode.class);
	}

	public ResponseEntity<JsonNode> get(String token, String path) {
		return this.client.get()
			.uri(path)
			.header("Authorization", "Bearer " + token)
			.retrieve()
			.toEntity(JsonNode.class);
	}

	public ResponseEntity<JsonNode> delete(String token, String path) {
		return this.client.delete()
			.uri(path)
			.header("Authorization", "Bearer " + token)
			.retrieve()
			.toEntity(JsonNode.class);
	}

	public static Map<String, Object> line(String sku, int quantity) {
		return Map.of("sku", sku, "quantity", quantity);
	}

}
