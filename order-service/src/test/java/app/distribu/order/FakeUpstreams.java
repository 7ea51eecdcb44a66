package app.distribu.order;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real HTTP server standing in for catalog-service (stock reservations, price quotes,
 * product search) and customer-service's internal customer lookup, as their contracts in
 * docs/architecture.md and docs/order-service.md describe them.
 */
public final class FakeUpstreams {

	/** Any SKU starting with this has only 3 in stock. */
	public static final String SHORT = "SHORT-";

	/** Any SKU starting with this does not exist. */
	public static final String UNKNOWN = "UNKNOWN-";

	/** Catalog's price; a customer's own price is {@link #CUSTOMER_PRICE}. */
	public static final String CATALOG_PRICE = "12.50";

	public static final String CUSTOMER_PRICE = "11.00";

	/** The products search knows: sku, name, active. */
	private static final List<String[]> PRODUCTS = List.of(new String[] { "WDG-001", "Blue widget", "true" },
			new String[] { "GAD-002", "Gadget", "true" }, new String[] { "OLD-003", "Retired part", "false" });

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpServer server;

	/** Known customers and their status, by id. */
	public final Map<UUID, String> customers = new ConcurrentHashMap<>();

	/** Reservation requests received, as JSON. */
	public final List<JsonNode> reservations = new CopyOnWriteArrayList<>();

	/** Order ids whose reservation was given back. */
	public final List<String> releases = new CopyOnWriteArrayList<>();

	/** Price quote requests received, as JSON. */
	public final List<JsonNode> quotes = new CopyOnWriteArrayList<>();

	/** A refusal the next reservation answers with, as if stock went to another order. */
	private final AtomicReference<String> nextRefusal = new AtomicReference<>();

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
		this.server.createContext("/internal/price-quotes", this::quote);
		this.server.createContext("/api/v1/products", this::products);
		this.server.start();
	}

	public void refuseNextReservation(String detail) {
		this.nextRefusal.set(detail);
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
		ObjectNode customer = json.createObjectNode();
		customer.put("id", id).put("name", "Customer " + id.substring(0, 8)).put("email", "buyer@example.test");
		customer.put("status", status);
		ArrayNode addresses = customer.putArray("addresses");
		addresses.add(address(id, "billing", "BILLING", "1 Ledger Lane", false));
		addresses.add(address(id, "depot", "SHIPPING", "9 Depot Road", false));
		addresses.add(address(id, "main", "SHIPPING", "1 Harbour Street", true));
		send(exchange, 200, json.writeValueAsString(customer));
	}

	/** A customer's address; its id is derived, so tests can name it. */
	public static UUID addressId(UUID customerId, String name) {
		return UUID.nameUUIDFromBytes((customerId + "/" + name).getBytes(StandardCharsets.UTF_8));
	}

	private static ObjectNode address(String customerId, String name, String kind, String line1, boolean isDefault) {
		ObjectNode address = json.createObjectNode();
		address.put("id", addressId(UUID.fromString(customerId), name).toString()).put("kind", kind);
		address.put("line1", line1).putNull("line2").put("city", "Rotterdam").put("postalCode", "3011 AA");
		return address.put("country", "NL").put("isDefault", isDefault);
	}

	/**
	 * Prices lines without reserving; a line's problem is what a reservation would say.
	 */
	private void quote(HttpExchange exchange) throws IOException {
		this.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
		JsonNode request = json.readTree(exchange.getRequestBody().readAllBytes());
		this.quotes.add(request);
		String price = "customer".equals(request.path("pricing").asString()) ? CUSTOMER_PRICE : CATALOG_PRICE;
		ObjectNode answer = json.createObjectNode();
		answer.put("currency", "EUR");
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		ArrayNode lines = answer.putArray("lines");
		for (JsonNode line : request.path("lines")) {
			String sku = line.path("sku").asString();
			int quantity = line.path("quantity").asInt();
			String problem = problem(sku, quantity);
			ObjectNode priced = lines.addObject().put("sku", sku).put("quantity", quantity).put("problem", problem);
			if (sku.startsWith(UNKNOWN)) {
				priced.putNull("productId").putNull("name").putNull("unitPrice").putNull("lineTotal").put("stock", 0);
				continue;
			}
			BigDecimal lineTotal = new BigDecimal(price).multiply(BigDecimal.valueOf(quantity));
			priced.put("productId", productId(sku)).put("name", "Product " + sku).put("unitPrice", price);
			priced.put("lineTotal", lineTotal.toPlainString()).put("stock", sku.startsWith(SHORT) ? 3 : 100);
			total = total.add(lineTotal);
		}
		answer.put("total", total.toPlainString());
		send(exchange, 200, json.writeValueAsString(answer));
	}

	private static String problem(String sku, int quantity) {
		if (sku.startsWith(UNKNOWN)) {
			return "Unknown SKU: " + sku + ".";
		}
		if (sku.startsWith(SHORT) && quantity > 3) {
			return "Not enough stock for " + sku + ": 3 available, " + quantity + " requested.";
		}
		return null;
	}

	private void products(HttpExchange exchange) throws IOException {
		this.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
		String rawQuery = exchange.getRequestURI().getQuery();
		String q = "";
		for (String param : (rawQuery != null) ? rawQuery.split("&") : new String[0]) {
			if (param.startsWith("q=")) {
				q = URLDecoder.decode(param.substring(2), StandardCharsets.UTF_8).toLowerCase();
			}
		}
		ObjectNode answer = json.createObjectNode();
		ArrayNode data = answer.putArray("data");
		for (String[] product : PRODUCTS) {
			if (product[0].toLowerCase().contains(q) || product[1].toLowerCase().contains(q)) {
				data.addObject()
					.put("id", productId(product[0]))
					.put("sku", product[0])
					.put("name", product[1])
					.put("price", CATALOG_PRICE)
					.put("stock", 100)
					.put("active", Boolean.parseBoolean(product[2]));
			}
		}
		answer.put("hasMore", false).putNull("nextCursor");
		send(exchange, 200, json.writeValueAsString(answer));
	}

	private static String productId(String sku) {
		return UUID.nameUUIDFromBytes(sku.getBytes(StandardCharsets.UTF_8)).toString();
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
			String problem = (lines.isEmpty()) ? this.nextRefusal.getAndSet(null) : null;
			problem = (problem != null) ? problem : problem(sku, quantity);
			if (problem != null) {
				send(exchange, 422,
						json.writeValueAsString(json.createObjectNode()
							.put("title", "Unprocessable request")
							.put("status", 422)
							.put("detail", problem)));
				return;
			}
			lines.addObject()
				.put("productId", productId(sku))
				.put("sku", sku)
				.put("name", "Product " + sku)
				.put("unitPrice",
						"customer".equals(request.path("pricing").asString()) ? CUSTOMER_PRICE : CATALOG_PRICE)
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
