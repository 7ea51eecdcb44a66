package app.distribu.catalog;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import app.distribu.platform.security.Role;
import app.distribu.platform.test.TestTokens;

/** A real HTTP client for the service under test that never throws on error statuses. */
public final class Http {

	private final RestClient client;

	public Http(int port) {
		this.client = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	public static String owner(UUID company) {
		return TestTokens.user(company, UUID.randomUUID(), Role.OWNER);
	}

	@SuppressWarnings("rawtypes")
	public ResponseEntity<Map> get(String token, String path) {
		return this.client.get().uri(path).headers((h) -> h.setBearerAuth(token)).retrieve().toEntity(Map.class);
	}

	public ResponseEntity<String> page(String token, String path) {
		return this.client.get().uri(path).headers((h) -> {
			if (token != null) {
				h.setBearerAuth(token);
			}
		}).accept(MediaType.TEXT_HTML).retrieve().toEntity(String.class);
	}

	@SuppressWarnings("rawtypes")
	public ResponseEntity<Map> post(String token, String path, Object body) {
		return this.client.post()
			.uri(path)
			.headers((h) -> h.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(Map.class);
	}

	public ResponseEntity<Void> delete(String token, String path) {
		return this.client.delete().uri(path).headers((h) -> h.setBearerAuth(token)).retrieve().toBodilessEntity();
	}

	public RestClient raw() {
		return this.client;
	}

	/** A product body as the API takes it. */
	public static Map<String, Object> product(String sku, String price, int stock) {
		return Map.of("sku", sku, "name", "Product " + sku.trim(), "price", price, "stock", stock);
	}

}
