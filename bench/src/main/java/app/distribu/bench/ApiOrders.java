package app.distribu.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/orders} with three lines through the gateway, on products and a
 * customer created for the run (stock large enough never to run out).
 */
final class ApiOrders {

	private final StackApi api;

	private String body;

	ApiOrders(StackApi api) {
		this.api = api;
	}

	void prepare() throws IOException, InterruptedException {
		String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
		List<Map<String, Object>> lines = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			String sku = "BENCH-" + run + "-" + i;
			this.api.call("POST", "/api/v1/products", Map.of("sku", sku, "name", "Bench item " + i, "price", "4.25",
					"stock", 100_000_000, "active", true));
			lines.add(Map.of("sku", sku, "quantity", 1));
		}
		String customerId = this.api
			.call("POST", "/api/v1/customers",
					Map.of("name", "Bench buyer " + run, "email", "bench-" + run.toLowerCase() + "@example.test",
							"status", "ACTIVE"))
			.path("id")
			.asString();
		this.body = StackApi.JSON.writeValueAsString(Map.of("customerId", customerId, "lines", lines));
	}

	/** One HTTP client per benchmark client: each keeps its own connection alive. */
	Load.Operation operation(int clients) {
		List<HttpClient> https = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			https.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
		}
		return (client) -> {
			HttpResponse<Void> response = https.get(client).send(request(), HttpResponse.BodyHandlers.discarding());
			return String.valueOf(response.statusCode());
		};
	}

	/** One order of the three prepared lines. */
	HttpRequest request() {
		return this.api.request("/api/v1/orders")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.body))
			.build();
	}

}
