package app.distribu.order;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real HTTP server standing in for catalog-service's stock reservations and
 * customer-service's internal customer lookup, as their contracts in docs/architecture.md
 * describe them.
 */
public final class FakeUpstreams {

	/** Any SKU starting with this is short of stock. */
	public static final String SHORT = "SHORT-";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpServer server;

	/** Known customers and their status, by id. */
	public final Map<UUID, String> customers = new ConcurrentHashMap<>();

	/** Reservation requests received, as JSON. */
	public final List<JsonNode> reservations = new CopyOnWriteArrayList<>();

	/** Order ids whose reservation was given back. */
	public final List<String> releases = new CopyOnWriteArrayList<>();

	/** Authorization headers seen, to prove the caller's token travels along. */
	public final List<String> authorizations = new CopyOnWriteArrayList<>();

	public FakeUpstreams() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/internal/customers/", this::customer);
		this.server.createContext("/internal/stock-reservations", this::reservation);
		this.server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void customer(HttpExchange exchange) throws IOException {
		this.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
		String id = exchange.getRequestURI().getPath().substring("/internal/customers/".length());
		String status = this.customers.get(UUID.fromString(id));
		if (status == null) {
			send(exchange, 404, "{\"title\":\"Not found\",\"status\":404,\"detail\":\"Customer was not found.\"}");
			return;
		}
		send(exchange, 200, "{\"id\":\"" + id + "\",\"name\":\"Customer " + id.substring(0, 8)
				+ "\",\"email\":\"buyer@example.test\",\"status\":\"" + status + "\"}");
	}

	private void reservation(HttpExchange exchange) throws IOException {
		this.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
		if ("DELETE".equals(exchange.getRequestMethod())) {
			this.releases.add(exchange.getRequestURI().getPath().substring("/internal/stock-reservations/".length()));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
			return;
		}
		JsonNode request = json.readTree(exchange.getRequestBody().readAllBytes());
		this.reservations.add(request);
		ObjectNode answer = json.createObjectNode();
		answer.put("orderId", request.path("orderId").asString());
		answer.put("currency", "EUR");
		ArrayNode lines = answer.putArray("lines");
		for (JsonNode line : request.path("lines")) {
			String sku = line.path("sku").asString();
			int quantity = line.path("quantity").asInt();
			if (sku.startsWith(SHORT)) {
				send(exchange, 422,
						"{\"title\":\"Unprocessable request\",\"status\":422,\"detail\":\"Not enough stock for " + sku
								+ ": 3 available, " + quantity + " requested.\"}");
				return;
			}
			lines.addObject()
				.put("productId", UUID.nameUUIDFromBytes(sku.getBytes(StandardCharsets.UTF_8)).toString())
				.put("sku", sku)
				.put("name", "Product " + sku)
				.put("unitPrice", "12.50")
				.put("quantity", quantity);
		}
		send(exchange, 200, json.writeValueAsString(answer));
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders()
			.set("Content-Type", (status >= 400) ? "application/problem+json" : "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
