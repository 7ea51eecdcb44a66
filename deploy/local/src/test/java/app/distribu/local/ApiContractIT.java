package app.distribu.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public API keeps to its published contract: every operation of
 * {@code /api/v1/openapi.json} is called on the real stack through the gateway, each
 * request body the server accepts is validated against the operation's documented request
 * body, and each answer, success or problem, against the schema the document gives for
 * that status. An operation the test does not call fails it too, so a new endpoint cannot
 * slip past its description (docs/api-contract.md).
 */
@ExtendWith(OnSharedStack.class)
class ApiContractIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	/** The gateway counts each key's requests per minute; the trial allows 60. */
	private static final int CALLS_PER_KEY = 50;

	private static final Pattern PLACEHOLDER = Pattern.compile("/([a-z-]+)/\\{([A-Za-z]+)}");

	/** The collection a named path parameter's id belongs to. */
	private static final Map<String, String> COLLECTIONS = Map.of("productId", "products", "customerId", "customers",
			"webhookId", "webhooks", "imageId", "images", "contactId", "contacts", "addressId", "addresses",
			"deliveryId", "deliveries", "listId", "lists", "quoteId", "quotes");

	/**
	 * An approval request exists only after a Requester's storefront checkout, which this
	 * API-only test does not make: the single request is checked as a 404 problem here
	 * and as a 200 in OrderApprovalsTest (order-service).
	 */
	private static final String ONE_APPROVAL = "/api/v1/approvals/{approvalId}";

	private LocalStack stack;

	private StackClient browser;

	private WebhookReceiver receiver;

	private final List<String> keys = new ArrayList<>();

	private int calls;

	private final Map<String, String> ids = new LinkedHashMap<>();

	private final Set<String> exercised = new LinkedHashSet<>();

	private final Map<String, List<String>> failures = new LinkedHashMap<>();

	private OpenApiDocument document;

	/** One test for every call, on the run's shared stack. */
	@Test
	void everyDocumentedOperationAnswersWhatTheDocumentSays(LocalStack shared) throws Exception {
		try (WebhookReceiver partner = new WebhookReceiver()) {
			this.stack = shared;
			this.browser = new StackClient(shared.config().gatewayUrl());
			this.receiver = partner;
			holdsToTheDocument();
		}
	}

	private void holdsToTheDocument() throws IOException {
		DemoSeeder.signUp(this.browser, "Contract Supplies", "contract-supplies", "Carla Contract",
				"carla@contract-supplies.example", "contract-password-1");
		for (int n = 1; n <= 5; n++) {
			this.keys.add(DemoSeeder.createApiKey(this.browser, "Contract " + n, DemoSeeder.ALL_SCOPES));
		}
		JsonNode doc = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> this.browser.api("GET", "/api/v1/openapi.json", null, null).expect(200).json(),
					(json) -> json.get("paths")
						.propertyNames()
						.containsAll(List.of("/api/v1/products", "/api/v1/customers", "/api/v1/orders",
								"/api/v1/webhooks", "/api/v1/events", "/api/v1/price-lists")));
		Files.writeString(Path.of("target", "openapi.json"), doc.toPrettyString());
		assertThat(componentsNamedAlikeByTwoServices()).as("the gateway keeps one of two schemas of the same name")
			.isEmpty();
		this.document = new OpenApiDocument(doc);

		createOneOfEach();
		changeEachOne();
		callEveryReadWithTheSeededIds();
		sendAMalformedBodyToEveryJsonOperation();
		refusedAnswersAreProblemsAsDocumented();
		deleteWhatWasCreated();

		List<String> missed = this.document.operations()
			.stream()
			.map(OpenApiDocument.Operation::name)
			.filter((name) -> !this.exercised.contains(name))
			.toList();
		missed.forEach((name) -> fail(name, "documented but never called by ApiContractIT"));
		assertThat(report()).as("answers that differ from /api/v1/openapi.json").isEmpty();
	}

	/**
	 * Each service describes itself; the gateway's merge keeps the first schema of a
	 * name, so two services must not give one name to different shapes.
	 */
	private List<String> componentsNamedAlikeByTwoServices() {
		Map<String, JsonNode> seen = new LinkedHashMap<>();
		Map<String, String> owner = new LinkedHashMap<>();
		List<String> clashes = new ArrayList<>();
		for (StackConfig.Service service : StackConfig.SERVICES) {
			String url = "http://localhost:" + this.stack.config().portOf(service) + "/internal/openapi";
			StackClient.Response answer = exchange(HttpRequest.newBuilder(URI.create(url)).GET().build());
			if (answer.status() != 200) {
				continue;
			}
			answer.json().path("components").path("schemas").properties().forEach((schema) -> {
				JsonNode earlier = seen.putIfAbsent(schema.getKey(), schema.getValue());
				owner.putIfAbsent(schema.getKey(), service.module());
				if (earlier != null && !earlier.equals(schema.getValue())) {
					clashes.add(schema.getKey() + " (" + owner.get(schema.getKey()) + ", " + service.module() + ")");
				}
			});
		}
		return clashes;
	}

	private void createOneOfEach() throws IOException {
		JsonNode product = call("POST", "/api/v1/products", Map.of("sku", "CT-001", "name", "Contract Boots",
				"category", "Footwear", "price", "12.50", "stock", 50, "active", true), 201);
		this.ids.put("products", product.path("id").asString());
		// Nothing optional given: the answers show which fields are null.
		call("POST", "/api/v1/products", Map.of("sku", "CT-003", "name", "Contract Laces", "price", "1.00", "stock", 0),
				201);
		JsonNode customer = call("POST", "/api/v1/customers",
				Map.of("name", "Contract Shop", "email", "buyer@contract-shop.example", "status", "ACTIVE"), 201);
		this.ids.put("customers", customer.path("id").asString());
		// Under a real top-level domain: the document's "format: email" checks it.
		this.ids.put("contacts",
				call("POST", "/api/v1/customers/{id}/contacts",
						Map.of("name", "Cora Buyer", "email", "cora@contract-shop.example.com"), 201)
					.path("id")
					.asString());
		this.ids
			.put("addresses",
					call("POST", "/api/v1/customers/{id}/addresses", Map.of("kind", "SHIPPING", "line1",
							"1 Quay Street", "city", "Bristol", "postalCode", "BS1 4DJ", "country", "GB"), 201)
						.path("id")
						.asString());
		this.ids.put("orders", call("POST", "/api/v1/orders", Map.of("customerId", this.ids.get("customers"), "lines",
				List.of(Map.of("sku", "CT-001", "quantity", 2))), 201)
			.path("id")
			.asString());
		this.ids
			.put("webhooks",
					call("POST", "/api/v1/webhooks",
							Map.of("url", this.receiver.url(), "events", List.of("order.created")), 201)
						.path("id")
						.asString());
		this.ids.put("price-lists",
				call("POST", "/api/v1/price-lists", Map.of("name", "Trade", "priority", 10), 201).path("id")
					.asString());
		this.ids
			.put("lists",
					call("POST", "/api/v1/lists", Map.of("customerId", this.ids.get("customers"), "name",
							"Standing order", "lines", List.of(Map.of("sku", "CT-001", "quantity", 2))), 201)
						.path("id")
						.asString());
		this.ids.put("quotes", newQuote());
		this.ids.put("images",
				send("POST", "/api/v1/products/{productId}/images", multipartImage(), 201).path("id").asString());
		this.ids.put("imports",
				send("POST", "/api/v1/products/import", new Body("text/csv",
						"sku,name,price,stock\nCT-002,Contract Socks,3.20,10\n".getBytes(StandardCharsets.UTF_8)), 202)
					.path("id")
					.asString());
		call("POST", "/api/v1/webhooks/{webhookId}/test", null, 202);
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> !quietly("/api/v1/webhooks/" + this.ids.get("webhooks") + "/deliveries").path("data")
				.isEmpty());
		this.ids.put("deliveries",
				quietly("/api/v1/webhooks/" + this.ids.get("webhooks") + "/deliveries").path("data")
					.get(0)
					.path("id")
					.asString());
	}

	private void callEveryReadWithTheSeededIds() {
		for (OpenApiDocument.Operation operation : this.document.operations()) {
			if (operation.method().equals("GET") && !operation.path().equals(ONE_APPROVAL)) {
				call("GET", operation.path() + requiredQuery(operation), null, 200);
			}
		}
		call("GET", "/api/v1/products?limit=1", null, 200);
		call("GET", "/api/v1/orders?limit=1", null, 200);
		call("GET", "/api/v1/price-lists/{id}/prices?sku=CT-001", null, 200);
		call("GET", "/api/v1/lists?limit=1&customerId=" + this.ids.get("customers"), null, 200);
		call("GET", "/api/v1/quotes?limit=1&status=ACCEPTED&customerId=" + this.ids.get("customers"), null, 200);
		call("GET", "/api/v1/approvals?limit=1&status=PENDING&customerId=" + this.ids.get("customers"), null, 200);
	}

	/** A valid change through every documented write that is not a create or delete. */
	private void changeEachOne() {
		String product = "/api/v1/products/{id}";
		call("PUT", product, Map.of("sku", "CT-001", "name", "Contract Boots", "category", "Footwear", "price", "13.00",
				"stock", 50, "active", true), 200);
		call("PATCH", product, Map.of("description", "Waterproof"), 200);
		call("POST", product + "/stock-adjustments", Map.of("delta", 5, "reason", "Recount"), 200);
		call("PUT", product + "/price-overrides", Map.of("customerId", this.ids.get("customers"), "price", "11.00"),
				200);
		call("PUT", "/api/v1/customers/{id}",
				Map.of("name", "Contract Shop Ltd", "email", "buyer@contract-shop.example", "status", "ACTIVE"), 200);
		call("PATCH", "/api/v1/customers/{id}", Map.of("status", "ACTIVE"), 200);
		call("PUT", "/api/v1/customers/{id}/contacts/{contactId}",
				Map.of("name", "Cora Buyer", "email", "cora.buyer@contract-shop.example.com"), 200);
		call("PUT", "/api/v1/customers/{id}/contacts/{contactId}/role", Map.of("role", "ADMIN_BUYER"), 200);
		call("PUT", "/api/v1/customers/{id}/approval-threshold", Map.of("approvalThreshold", "500.00"), 200);
		// No threshold again, so the contact (the only admin buyer) can be deleted at the
		// end.
		call("PUT", "/api/v1/customers/{id}/approval-threshold", Collections.singletonMap("approvalThreshold", null),
				200);
		call("PUT", "/api/v1/customers/{id}/addresses/{addressId}", Map.of("kind", "SHIPPING", "line1", "2 Quay Street",
				"city", "Bristol", "postalCode", "BS1 4DJ", "country", "GB"), 200);
		call("PUT", "/api/v1/price-lists/{id}", Map.of("name", "Trade 2026", "priority", 10), 200);
		call("PUT", "/api/v1/price-lists/{id}/assignments",
				Map.of("customerIds", List.of(this.ids.get("customers")), "groups", List.of()), 200);
		call("PUT", "/api/v1/price-lists/{id}/prices",
				Map.of("sku", "CT-001", "tiers", List.of(Map.of("minQuantity", 1, "price", "10.00"))), 200);
		send("POST", "/api/v1/price-lists/{id}/prices/import", new Body("text/csv",
				"sku,min_quantity,price,percent_off\nCT-001,10,9.00,\n".getBytes(StandardCharsets.UTF_8)), 200);
		call("PATCH", "/api/v1/lists/{listId}", Map.of("name", "Standing order 2026"), 200);
		call("POST", "/api/v1/lists/{listId}/lines", Map.of("sku", "CT-003", "quantity", 1), 200);
		quotesThroughEveryStep();
		call("PUT", "/api/v1/orders/{id}/payment", Map.of("paid", true), 200);
		call("PATCH", "/api/v1/orders/{id}", Map.of("status", "CONFIRMED"), 200);
		call("POST", "/api/v1/orders/{id}/cancel", null, 200);
		call("PATCH", "/api/v1/webhooks/{id}", Map.of("description", "Orders to the ERP"), 200);
		call("POST", "/api/v1/webhooks/{id}/rotate-secret", null, 200);
		call("POST", "/api/v1/webhooks/{webhookId}/resend-failed", Map.of("since", "2026-01-01T00:00:00Z"), 202);
		call("POST", "/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver", null, 202);
	}

	/**
	 * A quote edited, sent and accepted (it becomes an order), one declined and one
	 * withdrawn; {@code quotes} ends as the accepted one.
	 */
	private void quotesThroughEveryStep() {
		String accepted = this.ids.get("quotes");
		call("PATCH", "/api/v1/quotes/{quoteId}", Map.of("message", "Contract price for two pairs", "expiresOn",
				LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()), 200);
		call("POST", "/api/v1/quotes/{quoteId}/send", null, 200);
		call("POST", "/api/v1/quotes/{quoteId}/accept", null, 200);
		this.ids.put("quotes", newQuote());
		call("POST", "/api/v1/quotes/{quoteId}/send", null, 200);
		call("POST", "/api/v1/quotes/{quoteId}/decline", Map.of("reason", "Not this month"), 200);
		this.ids.put("quotes", newQuote());
		call("POST", "/api/v1/quotes/{quoteId}/withdraw", null, 200);
		this.ids.put("quotes", accepted);
	}

	private String newQuote() {
		return call("POST", "/api/v1/quotes",
				Map.of("customerId", this.ids.get("customers"), "lines",
						List.of(Map.of("sku", "CT-001", "quantity", 2, "unitPrice", "9.00")), "expiresOn",
						LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()),
				201)
			.path("id")
			.asString();
	}

	private void sendAMalformedBodyToEveryJsonOperation() {
		for (OpenApiDocument.Operation operation : this.document.operations()) {
			if (operation.takesJson()) {
				send(operation.method(), operation.path() + requiredQuery(operation),
						new Body("application/json", "{\"unterminated".getBytes(StandardCharsets.UTF_8)), 400);
			}
		}
	}

	/**
	 * The gateway's own answers, a missing scope, a resource of no one's and the declared
	 * refusals, against the document.
	 */
	private void refusedAnswersAreProblemsAsDocumented() {
		OpenApiDocument.Operation list = this.document.operation("GET", "/api/v1/products");
		record(list, this.browser.api("GET", "/api/v1/products", null, null), 401);
		String readOnly = DemoSeeder.createApiKey(this.browser, "Contract read-only", List.of("products:read"));
		record(this.document.operation("POST", "/api/v1/products"), this.browser.api("POST", "/api/v1/products",
				"Bearer " + readOnly, Map.of("sku", "CT-009", "name", "Refused", "price", "1.00", "stock", 0)), 403);
		call("POST", "/api/v1/products", Map.of("sku", "CT-001", "name", "Twin", "price", "1.00", "stock", 0), 409);
		call("POST", "/api/v1/products/{id}/stock-adjustments", Map.of("delta", -100000, "reason", "Too many"), 422);
		call("POST", "/api/v1/customers",
				Map.of("name", "Twin Shop", "email", "buyer@contract-shop.example", "status", "ACTIVE"), 409);
		call("POST", "/api/v1/orders/{id}/cancel", null, 409);
		call("POST", "/api/v1/orders", Map.of("customerId", this.ids.get("customers"), "lines",
				List.of(Map.of("sku", "CT-001", "quantity", 100000))), 422);
		call("POST", "/api/v1/lists", Map.of("customerId", this.ids.get("customers"), "name", "standing ORDER 2026"),
				409);
		call("POST", "/api/v1/lists", Map.of("customerId", UUID.randomUUID().toString(), "name", "Nobody's"), 422);
		call("PATCH", "/api/v1/lists/{listId}", Map.of("name", "   "), 422);
		call("PUT", "/api/v1/customers/{id}/approval-threshold", Map.of("approvalThreshold", "lots"), 422);
		call("POST", "/api/v1/quotes", Map.of("customerId", UUID.randomUUID().toString()), 422);
		call("PATCH", "/api/v1/quotes/{quoteId}", Map.of("message", "Too late"), 409);
		call("POST", "/api/v1/quotes/{quoteId}/send", null, 409);
		call("POST", "/api/v1/quotes/{quoteId}/decline", null, 409);
		call("POST", "/api/v1/quotes/{quoteId}/withdraw", null, 409);
		// Refused by the guard's decision; nothing is sent.
		call("POST", "/api/v1/webhooks",
				Map.of("url", "http://169.254.169.254/hook", "events", List.of("order.created")), 422);
		String unknown = UUID.randomUUID().toString();
		for (String path : List.of("/api/v1/products/{id}", "/api/v1/customers/{id}", "/api/v1/orders/{id}",
				"/api/v1/webhooks/{id}", "/api/v1/price-lists/{id}", "/api/v1/lists/{listId}",
				"/api/v1/quotes/{quoteId}", ONE_APPROVAL)) {
			record(this.document.operation("GET", path),
					this.browser.api("GET", path.replaceAll("\\{[A-Za-z]+}", unknown), "Bearer " + key(), null), 404);
		}
	}

	private void deleteWhatWasCreated() {
		List<OpenApiDocument.Operation> deletes = new ArrayList<>(this.document.operations()
			.stream()
			.filter((operation) -> operation.method().equals("DELETE"))
			.toList());
		// The deepest path first: an image before its product.
		deletes.sort(
				Comparator.comparingInt((OpenApiDocument.Operation operation) -> operation.path().length()).reversed());
		for (OpenApiDocument.Operation operation : deletes) {
			call("DELETE", operation.path() + requiredQuery(operation), null, 204);
		}
	}

	/** Calls with a JSON body (or none) and answers the JSON it got, or null. */
	private JsonNode call(String method, String template, Object body, int expected) {
		byte[] bytes = (body != null) ? JSON.writeValueAsBytes(body) : null;
		return send(method, template, (bytes != null) ? new Body("application/json", bytes) : null, expected);
	}

	private JsonNode send(String method, String template, Body body, int expected) {
		String documentedPath = template.contains("?") ? template.substring(0, template.indexOf('?')) : template;
		OpenApiDocument.Operation operation = this.document.operation(method, documentedPath);
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(this.stack.config().gatewayUrl()).resolve(fill(template)))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + key());
		if (body != null) {
			request.header("Content-Type", body.contentType())
				.method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		StackClient.Response answer = exchange(request.build());
		record(operation, answer, expected);
		if (body != null && answer.status() < 300) {
			this.document.requestViolations(operation, body.contentType(), body.bytes())
				.forEach((violation) -> fail(operation.name(), violation));
		}
		return (answer.contentType().contains("json") && !answer.body().isEmpty()) ? answer.json()
				: JSON.createObjectNode();
	}

	private void record(OpenApiDocument.Operation operation, StackClient.Response answer, int expected) {
		this.exercised.add(operation.name());
		if (answer.status() != expected) {
			fail(operation.name(), "expected " + expected + " but got " + answer.status() + " for " + answer.uri()
					+ ": " + answer.body());
		}
		this.document.violations(operation, answer).forEach((violation) -> fail(operation.name(), violation));
	}

	/** A GET made to wait for something, outside the contract's bookkeeping. */
	private JsonNode quietly(String path) {
		return this.browser.api("GET", path, "Bearer " + key(), null).expect(200).json();
	}

	private String key() {
		return this.keys.get((this.calls++ / CALLS_PER_KEY) % this.keys.size());
	}

	private String fill(String template) {
		Matcher placeholder = PLACEHOLDER.matcher(template);
		StringBuilder filled = new StringBuilder();
		while (placeholder.find()) {
			String collection = placeholder.group(1);
			String name = placeholder.group(2);
			String id = this.ids.get(name.equals("id") ? collection : COLLECTIONS.getOrDefault(name, name));
			if (id == null) {
				throw new IllegalStateException("No seeded id for {" + name + "} in " + template);
			}
			placeholder.appendReplacement(filled, "/" + collection + "/" + id);
		}
		placeholder.appendTail(filled);
		return filled.toString();
	}

	/** Values for the query parameters an operation requires. */
	private String requiredQuery(OpenApiDocument.Operation operation) {
		List<String> pairs = new ArrayList<>();
		for (JsonNode parameter : operation.node().path("parameters")) {
			if (parameter.path("in").asString().equals("query") && parameter.path("required").asBoolean()) {
				String name = parameter.path("name").asString();
				pairs.add(name + "=" + switch (name) {
					case "sku" -> "CT-001";
					case "customerId" -> this.ids.get("customers");
					default -> throw new IllegalStateException(
							"No value for the required query parameter " + name + " of " + operation.name());
				});
			}
		}
		return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
	}

	private void fail(String operation, String problem) {
		this.failures.computeIfAbsent(operation, (name) -> new ArrayList<>()).add(problem);
	}

	private String report() {
		StringBuilder report = new StringBuilder();
		this.failures.forEach((operation, problems) -> {
			report.append('\n').append(operation).append('\n');
			problems.forEach((problem) -> report.append("  - ").append(problem).append('\n'));
		});
		return report.toString();
	}

	private record Body(String contentType, byte[] bytes) {

	}

	private static Body multipartImage() throws IOException {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
		String boundary = "contract" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"boot.png\"\r\n"
						+ "Content-Type: image/png\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(png.toByteArray());
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return new Body("multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	private static StackClient.Response exchange(HttpRequest request) {
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return new StackClient.Response(response.statusCode(), response.headers(), response.body(), request.uri());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted: " + request.method() + " " + request.uri(), ex);
		}
	}

}
