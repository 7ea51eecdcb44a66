package app.distribu.order;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * A real HTTP server standing in for catalog-service (stock reservations with a stock
 * book, price quotes, product search) and customer-service's internal customer lookup, as
 * their contracts in docs/architecture.md and docs/order-service.md describe them.
 */
public final class FakeUpstreams implements AutoCloseable {

	/** Any SKU starting with this has only 3 in stock. */
	public static final String SHORT = "SHORT-";

	/** Any SKU starting with this does not exist. */
	public static final String UNKNOWN = "UNKNOWN-";

	/**
	 * Catalog's price of every product; customers' own prices are in {@link #overrides}.
	 */
	public static final String CATALOG_PRICE = "12.50";

	/** The storefront tests' customer price (see {@link #customerPrices}). */
	public static final String CUSTOMER_PRICE = "11.00";

	/**
	 * Stock of a SKU nobody set: plenty, so tests that do not count stock never run out.
	 */
	private static final int PLENTY = 1_000_000;

	/** The products search knows: sku, name, active. */
	private static final List<String[]> PRODUCTS = List.of(new String[] { "WDG-001", "Blue widget", "true" },
			new String[] { "GAD-002", "Gadget", "true" }, new String[] { "OLD-003", "Retired part", "false" });

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpServer server;

	/** Known customers and their status, by id. */
	public final Map<UUID, String> customers = new ConcurrentHashMap<>();

	/** Each customer's addresses, in customer-service's internal lookup shape. */
	public final Map<UUID, List<ObjectNode>> addresses = new ConcurrentHashMap<>();

	/** Payment terms and credit as customer-service hands them over, by customer. */
	public final Map<UUID, Terms> terms = new ConcurrentHashMap<>();

	/**
	 * The revision customer-service answers a customer's lookup with, as a
	 * customer-service with order profiles does; without one the answer has no revisions
	 * (and order-service does not keep it as a profile).
	 */
	public final Map<UUID, Long> revisions = new ConcurrentHashMap<>();

	/**
	 * Customer lookups ({@code GET /internal/customers/{id}}) received, by customer id.
	 */
	public final List<UUID> customerLookups = new CopyOnWriteArrayList<>();

	/** While true, customer-service's lookups answer 503, as a service that is down. */
	public volatile boolean customerServiceDown;

	/** Customer prices by {@link #override}, applied when a request asks for them. */
	public final Map<String, String> overrides = new ConcurrentHashMap<>();

	/** A customer's own price for every product without a {@link #overrides} entry. */
	public final Map<UUID, String> customerPrices = new ConcurrentHashMap<>();

	/** Reservation requests received, as JSON. */
	public final List<JsonNode> reservations = new CopyOnWriteArrayList<>();

	/** Order ids whose reservation was given back. */
	public final List<String> releases = new CopyOnWriteArrayList<>();

	/** Price quote requests received, as JSON. */
	public final List<JsonNode> quotes = new CopyOnWriteArrayList<>();

	/** Authorization headers seen, to prove the caller's token travels along. */
	public final List<String> authorizations = new CopyOnWriteArrayList<>();

	/** Units on hand by SKU; reservations take from it and releases put back. */
	private final Map<String, Integer> stock = new HashMap<>();

	/** Units held by each order's reservation, by order id. */
	private final Map<String, Map<String, Integer>> held = new HashMap<>();

	/** A refusal the next reservation answers with, as if stock went to another order. */
	private final AtomicReference<String> nextRefusal = new AtomicReference<>();

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

	@Override
	public void close() {
		this.server.stop(0);
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Adds an address to a known customer and answers its id. */
	/** A new customer customer-service knows as ACTIVE. */
	public UUID activeCustomer() {
		UUID id = UUID.randomUUID();
		this.customers.put(id, "ACTIVE");
		return id;
	}

	public UUID address(UUID customer, String kind, boolean isDefault, String city) {
		UUID id = UUID.randomUUID();
		addAddress(customer, id, kind, "1 Main Street", city, "1000", "BE", isDefault);
		return id;
	}

	/**
	 * Gives a customer the storefront tests' three addresses, named so tests can refer to
	 * them through {@link #addressId}: a billing one, the depot, and "main", the default
	 * shipping address.
	 */
	public void standardAddresses(UUID customer) {
		this.addresses.remove(customer);
		addAddress(customer, addressId(customer, "billing"), "BILLING", "1 Ledger Lane", "Rotterdam", "3011 AA", "NL",
				false);
		addAddress(customer, addressId(customer, "depot"), "SHIPPING", "9 Depot Road", "Rotterdam", "3011 AA", "NL",
				false);
		addAddress(customer, addressId(customer, "main"), "SHIPPING", "1 Harbour Street", "Rotterdam", "3011 AA", "NL",
				true);
	}

	public static UUID addressId(UUID customerId, String name) {
		return UUID.nameUUIDFromBytes((customerId + "/" + name).getBytes(StandardCharsets.UTF_8));
	}

	private void addAddress(UUID customer, UUID id, String kind, String line1, String city, String postalCode,
			String country, boolean isDefault) {
		ObjectNode address = json.createObjectNode()
			.put("id", id.toString())
			.put("kind", kind)
			.put("line1", line1)
			.putNull("line2")
			.put("city", city)
			.put("postalCode", postalCode)
			.put("country", country)
			.put("isDefault", isDefault);
		this.addresses.computeIfAbsent(customer, (key) -> new CopyOnWriteArrayList<>()).add(address);
	}

	/**
	 * {@code POST /internal/customers/{id}/addresses} as customer-service answers it: the
	 * same address again is the one already saved.
	 */
	private void addAddress(HttpExchange exchange, UUID customer) throws IOException {
		JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
		List<ObjectNode> known = this.addresses.getOrDefault(customer, List.of());
		for (ObjectNode address : known) {
			if (address.path("line1").asString().equals(body.path("line1").asString())
					&& address.path("city").asString().equals(body.path("city").asString())) {
				send(exchange, 200, json.writeValueAsString(address));
				return;
			}
		}
		UUID id = UUID.randomUUID();
		addAddress(customer, id, body.path("kind").asString(), body.path("line1").asString(),
				body.path("city").asString(), body.path("postalCode").asString(), body.path("country").asString(),
				known.isEmpty());
		send(exchange, 200,
				json.writeValueAsString(this.addresses.get(customer)
					.stream()
					.filter((a) -> a.path("id").asString().equals(id.toString()))
					.findFirst()
					.orElseThrow()));
	}

	public static String override(UUID customer, String sku) {
		return customer + "/" + sku;
	}

	public synchronized void stock(String sku, int units) {
		this.stock.put(sku, units);
	}

	public synchronized int stock(String sku) {
		return this.stock.getOrDefault(sku, sku.startsWith(SHORT) ? 3 : PLENTY);
	}

	/** Units held by reservations that were not released. */
	public synchronized int held(String sku) {
		return this.held.values().stream().mapToInt((lines) -> lines.getOrDefault(sku, 0)).sum();
	}

	public record Terms(String paymentTerms, String creditLimit, boolean creditEnforced) {

	}

	public void refuseNextReservation(String detail) {
		this.nextRefusal.set(detail);
	}

	private void customer(HttpExchange exchange) throws IOException {
		this.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
		String id = exchange.getRequestURI().getPath().substring("/internal/customers/".length());
		if ("POST".equals(exchange.getRequestMethod()) && id.endsWith("/addresses")) {
			addAddress(exchange, UUID.fromString(id.substring(0, id.indexOf('/'))));
			return;
		}
		this.customerLookups.add(UUID.fromString(id));
		if (this.customerServiceDown) {
			send(exchange, 503, "{\"title\":\"Service unavailable\",\"status\":503}");
			return;
		}
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
		Terms terms = this.terms.get(UUID.fromString(id));
		if (terms != null) {
			customer.put("paymentTerms", terms.paymentTerms())
				.put("creditLimit", terms.creditLimit())
				.put("creditEnforced", terms.creditEnforced());
		}
		Long revision = this.revisions.get(UUID.fromString(id));
		if (revision != null) {
			customer.put("revision", revision).put("creditPolicyRevision", 0);
		}
		send(exchange, 200, json.writeValueAsString(customer));
	}

	/**
	 * Prices lines without reserving; a line's problem is what a reservation would say.
	 */
	private void quote(HttpExchange exchange) throws IOException {
		this.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
		JsonNode request = json.readTree(exchange.getRequestBody().readAllBytes());
		this.quotes.add(request);
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
			String price = price(request, sku);
			BigDecimal lineTotal = new BigDecimal(price).multiply(BigDecimal.valueOf(quantity));
			priced.put("productId", productId(sku)).put("name", "Product " + sku).put("unitPrice", price);
			priced.put("lineTotal", lineTotal.toPlainString()).put("stock", stock(sku));
			if (problem == null) {
				total = total.add(lineTotal);
			}
		}
		answer.put("total", total.toPlainString());
		send(exchange, 200, json.writeValueAsString(answer));
	}

	private String problem(String sku, int quantity) {
		if (sku.startsWith(UNKNOWN)) {
			return "Unknown SKU: " + sku + ".";
		}
		int available = stock(sku);
		if (quantity > available) {
			return "Not enough stock for " + sku + ": " + available + " available, " + quantity + " requested.";
		}
		return null;
	}

	/** Catalog's price, or the customer's own price when the request asks for it. */
	private String price(JsonNode request, String sku) {
		String customerId = request.path("customerId").asString("");
		if (customerId.isEmpty() || !"customer".equals(request.path("pricing").asString())) {
			return CATALOG_PRICE;
		}
		UUID customer = UUID.fromString(customerId);
		String own = this.overrides.getOrDefault(override(customer, sku), this.customerPrices.get(customer));
		return (own != null) ? own : CATALOG_PRICE;
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
			send(exchange, 422,
					json.writeValueAsString(json.createObjectNode()
						.put("title", "Unprocessable request")
						.put("status", 422)
						.put("detail", refusal)));
			return;
		}
		ObjectNode answer = json.createObjectNode();
		answer.put("orderId", request.path("orderId").asString());
		answer.put("currency", "EUR");
		ArrayNode lines = answer.putArray("lines");
		for (JsonNode line : request.path("lines")) {
			String sku = line.path("sku").asString();
			lines.addObject()
				.put("productId", productId(sku))
				.put("sku", sku)
				.put("name", "Product " + sku)
				.put("unitPrice", price(request, sku))
				.put("quantity", line.path("quantity").asInt())
				.put("priceRule", CATALOG_PRICE.equals(price(request, sku)) ? "Catalog price" : "Your price");
		}
		send(exchange, 200, json.writeValueAsString(answer));
	}

	/**
	 * All lines or none, like catalog; a repeated order id replays. Null when reserved.
	 */
	private synchronized String reserve(JsonNode request) {
		String orderId = request.path("orderId").asString();
		if (this.held.containsKey(orderId)) {
			return null;
		}
		String forced = this.nextRefusal.getAndSet(null);
		if (forced != null) {
			return forced;
		}
		Map<String, Integer> lines = new LinkedHashMap<>();
		for (JsonNode line : request.path("lines")) {
			String sku = line.path("sku").asString();
			int quantity = line.path("quantity").asInt();
			String problem = problem(sku, quantity);
			if (problem != null) {
				return problem;
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
