package app.distribu.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Places orders through {@code POST /api/v1/orders} to set up page tests. */
public final class ApiOrders {

	private final RestClient http;

	public ApiOrders(int port) {
		this.http = RestClient.builder().baseUrl("http://localhost:" + port).build();
	}

	/** Places an order of {@code sku × quantity} pairs and answers its JSON. */
	public JsonNode place(String token, UUID customerId, Object... skuAndQuantity) {
		return place(token, Map.of("customerId", customerId, "lines", lines(skuAndQuantity)));
	}

	public JsonNode place(String token, Map<String, Object> body) {
		return this.http.post()
			.uri("/api/v1/orders")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.body(JsonNode.class);
	}

	public static List<Map<String, Object>> lines(Object... skuAndQuantity) {
		List<Map<String, Object>> lines = new ArrayList<>();
		for (int i = 0; i < skuAndQuantity.length; i += 2) {
			lines.add(Map.of("sku", skuAndQuantity[i], "quantity", skuAndQuantity[i + 1]));
		}
		return lines;
	}

	/** The HTTP status of {@code GET path} with the token. */
	public int status(String token, String path) {
		return this.http.get()
			.uri(path)
			.header("Authorization", "Bearer " + token)
			.exchange((request, response) -> response.getStatusCode().value());
	}

	public void changeStatus(String token, String orderId, String status) {
		this.http.patch()
			.uri("/api/v1/orders/{id}", orderId)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("status", status))
			.retrieve()
			.toBodilessEntity();
	}

}
