package app.distribu.webhook;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The service's HTTP API as a partner calls it; statuses are asserted, never thrown. */
public final class Api {

	private final RestClient client;

	public Api(int port) {
		// The JDK client never follows redirects, so tests see them.
		this.client = RestClient.builder()
			.requestFactory(new JdkClientHttpRequestFactory())
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	public ResponseEntity<JsonNode> create(String token, Map<String, Object> body) {
		return call(HttpMethod.POST, token, "/api/v1/webhooks", body);
	}

	public ResponseEntity<JsonNode> list(String token) {
		return call(HttpMethod.GET, token, "/api/v1/webhooks", null);
	}

	public ResponseEntity<JsonNode> patch(String token, String id, Map<String, Object> body) {
		return call(HttpMethod.PATCH, token, "/api/v1/webhooks/" + id, body);
	}

	public ResponseEntity<JsonNode> delete(String token, String id) {
		return call(HttpMethod.DELETE, token, "/api/v1/webhooks/" + id, null);
	}

	public ResponseEntity<JsonNode> get(String token, String path) {
		return call(HttpMethod.GET, token, path, null);
	}

	public ResponseEntity<JsonNode> post(String token, String path, Object body) {
		return call(HttpMethod.POST, token, path, body);
	}

	public ResponseEntity<JsonNode> call(HttpMethod method, String token, String path, Object body) {
		RestClient.RequestBodySpec request = this.client.method(method)
			.uri(path)
			.header("Authorization", "Bearer " + token);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.retrieve().toEntity(JsonNode.class);
	}

	public ResponseEntity<String> page(String token) {
		return page(token, "/dashboard/settings/webhooks");
	}

	public ResponseEntity<String> page(String token, String path) {
		return this.client.get().uri(path).header("Authorization", "Bearer " + token).retrieve().toEntity(String.class);
	}

	/** A dashboard form, with the double-submit CSRF token the layout's forms carry. */
	public ResponseEntity<String> form(String token, String path, String formBody) {
		return this.client.post()
			.uri(path)
			.header("Authorization", "Bearer " + token)
			.header("Cookie", "XSRF-TOKEN=test-csrf")
			.header("X-XSRF-TOKEN", "test-csrf")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(formBody + (formBody.isEmpty() ? "" : "&") + "_csrf=test-csrf")
			.retrieve()
			.toEntity(String.class);
	}

}
