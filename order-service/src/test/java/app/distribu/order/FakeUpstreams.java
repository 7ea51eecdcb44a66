package app.distribu.order;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

	/**
	 * Stock of a SKU nobody set: plenty, so tests that do not count stock never run out.
	 */
	private static final int PLENTY = 1_000_000;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpServer server;

	/** Known customers and their status, by id. */
	public final Map<UUID, String> customers = new ConcurrentHashMap<>();

	/** Each customer's addresses, in customer-service's internal lookup shape. */
	public final Map<UUID, List<ObjectNode>> addresses = new ConcurrentHashMap<>();

	/** Customer prices by {@link #override}, applied when a reservation asks for them. */
	public final Map<String, String> overrides = new ConcurrentHashMap<>();

	/** Reservation requests received, as JSON. */
	public final List<JsonNode> reservations = new CopyOnWriteArrayList<>();

	/** Order ids whose reservation was given back. */
	public final List<String> releases = new CopyOnWriteArrayList<>();

	/** Units on hand by SKU; reservations take from it and releases put back. */
	private final Map<String, Integer> stock = new HashMap<>();

	/** Units held by each order's reservation, by order id. */
	private final Map<String, Map<String, Integer>> held = new HashMap<>();

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

	/** Adds an address to a known customer and answers its id. */
	public UUID address(UUID customer, String kind, boolean isDefault, String city) {
		UUID id = UUID.randomUUID();
		ObjectNode address = json.createObjectNode()
			.put("id", id.toString())
			.put("kind", kind)
			.put("line1", "1 Main Street")
			.putNull("line2")
			.put("city", city)
			.put("postalCode", "1000")
			.put("country", "BE")
			.put("isDefault", isDefault);
		this.addresses.computeIfAbsent(customer, (key) -> new CopyOnWriteArrayList<>()).add(address);
		return id;
	}

	public static String override(UUID customer, String sku) {
		return customer + "/" + sku;
	}

	public synchronized void stock(String sku, int units) {
		this.stock.put(sku, units);
	}

	public synchronized int stock(String sku) {
		return this.stock.getOrDefault(sku, PLENTY);
	}

	/** Units held by reservations that were not released. */
	public synchronized int held(String sku) {
		return this.held.values().stream().mapToInt((lines) -> lines.getOrDefault(sku, 0)).sum();
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
		ObjectNode customer = json.createObjectNode()
			.put("id", id)
			.put("name", "Customer " + id.substring(0, 8))
			.put("email", "buyer@example.test")
			.put("status", status);
		customer.putArray("addresses").addAll(this.addresses.getOrDefault(UUID.fromString(id), List.of()));
		send(exchange, 200, json.writeValueAsString(customer));
	}

	private void reservation(HttpExchange exchange) throws IOException {
		this.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
		if ("DELETE".equals(exchange.getRequestMethod())) {
			String orderId = exchange.getRequestURI().getPath().substring("/internal/stock-reservations/".length());
			this.releases.add(orderId);
			release(orderId);
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
			return;
		}
		JsonNode request = json.readTree(exchange.getRequestBody().readAllBytes());
		this.reservations.add(request);
		String refusal = reserve(request);
		if (refusal != null) {
			send(exchange, 422, "{\"title\":\"Unprocessable request\",\"status\":422,\"detail\":\"" + refusal + "\"}");
			return;
		}
		ObjectNode answer = json.createObjectNode();
		answer.put("orderId", request.path("orderId").asString());
		answer.put("currency", "EUR");
		ArrayNode lines = answer.putArray("lines");
		for (JsonNode line : request.path("lines")) {
			String sku = line.path("sku").asString();
			lines.addObject()
				.put("productId", UUID.nameUUIDFromBytes(sku.getBytes(StandardCharsets.UTF_8)).toString())
				.put("sku", sku)
				.put("name", "Product " + sku)
				.put("unitPrice", price(request, sku))
				.put("quantity", line.path("quantity").asInt());
		}
		send(exchange, 200, json.writeValueAsString(answer));
	}

	/** Catalog's price, or the customer's override when the reservation asks for it. */
	private String price(JsonNode request, String sku) {
		String override = this.overrides.get(override(UUID.fromString(request.path("customerId").asString()), sku));
		return ("customer".equals(request.path("pricing").asString()) && override != null) ? override : "12.50";
	}

	/**
	 * All lines or none, like catalog; a repeated order id replays. Null when reserved.
	 */
	private synchronized String reserve(JsonNode request) {
		String orderId = request.path("orderId").asString();
		if (this.held.containsKey(orderId)) {
			return null;
		}
		Map<String, Integer> lines = new LinkedHashMap<>();
		for (JsonNode line : request.path("lines")) {
			String sku = line.path("sku").asString();
			int quantity = line.path("quantity").asInt();
			int available = sku.startsWith(SHORT) ? 3 : stock(sku);
			if (quantity > available) {
				return "Not enough stock for " + sku + ": " + available + " available, " + quantity + " requested.";
			}
			lines.put(sku, quantity);
		}
		lines.forEach((sku, quantity) -> this.stock.put(sku, stock(sku) - quantity));
		this.held.put(orderId, lines);
		return null;
	}

	private synchronized void release(String orderId) {
		Map<String, Integer> lines = this.held.remove(orderId);
		if (lines != null) {
			lines.forEach((sku, quantity) -> this.stock.put(sku, stock(sku) + quantity));
		}
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
