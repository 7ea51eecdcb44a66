package app.distribu.local;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.distribu.platform.security.Totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton through the real jars, the gateway, PostgreSQL and Kafka: a
 * company signs up, gets an API key, and an order placed over the API moves stock,
 * reaches a partner's webhook signed, and is counted by billing.
 */
@TestMethodOrder(OrderAnnotation.class)
class WalkingSkeletonIT {

	static final List<String> SCOPES = List.of("products:write", "products:read", "customers:write", "orders:write",
			"orders:read", "webhooks:write");

	@TempDir
	static Path dataDir;

	static LocalStack stack;

	static StackClient browser;

	static WebhookReceiver receiver;

	static String apiKey;

	@BeforeAll
	static void start() {
		stack = LocalStack.start(TestStacks.config(dataDir), true);
		browser = new StackClient(stack.config().gatewayUrl());
		receiver = new WebhookReceiver();
	}

	@AfterAll
	static void stop() {
		if (receiver != null) {
			receiver.close();
		}
		if (stack != null) {
			stack.close();
		}
	}

	@Test
	@Order(0)
	void theDemoApiKeyPrintedAtStartListsTheSeededCatalog() {
		StackClient.Response products = browser
			.api("GET", "/api/v1/products?limit=100", "Bearer " + stack.demoApiKey(), null)
			.expect(200);
		JsonNode page = products.json();
		assertThat(page.get("data")).hasSize(20);
		assertThat(page.get("hasMore").asBoolean()).isFalse();
		JsonNode first = page.get("data").get(0);
		assertThat(first.propertyNames()).contains("id", "sku", "name", "description", "category", "price", "stock",
				"lowStockThreshold", "active", "imageUrl", "images");
		assertThat(first.get("price").isString()).as("money is a decimal string").isTrue();
		assertThat(products.headers().firstValue("X-RateLimit-Limit")).as("the Growth trial's rate limit")
			.hasValue("60");
		assertThat(products.headers().firstValue("X-RateLimit-Remaining")).isPresent();

		assertThat(browser.get("/store/demo").expect(200).html().select("body").text()).contains("Out of stock");
		assertThat(browser.get("/store/Demo").status()).isEqualTo(404);
	}

	@Test
	@Order(0)
	void theOpenApiDocumentDescribesEveryServicesEndpointsWithoutAKey() {
		// A service still busy after start-up is left out for a few seconds, then asked
		// again.
		JsonNode doc = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> browser.api("GET", "/api/v1/openapi.json", null, null).expect(200).json(), (json) -> json
				.get("paths")
				.propertyNames()
				.containsAll(List.of("/api/v1/products", "/api/v1/customers", "/api/v1/orders", "/api/v1/webhooks")));
		assertThat(doc.get("paths").propertyNames()).allMatch((path) -> path.startsWith("/api/v1/"));
		assertThat(browser.get("/docs/api/index.html").expect(200).body()).contains("/api/v1/openapi.json");
	}

	@Test
	@Order(1)
	void anOwnerSignsUpAndCreatesAnApiKeyInTheDashboard() {
		StackClient.Response form = browser.get("/signup").expect(200);
		assertThat(form.html().select("form input[name=slug]")).isNotEmpty();
		assertThat(browser.cookie(StackClient.CSRF_COOKIE)).isPresent();

		DemoSeeder.signUp(browser, "Walking Skeleton Supplies", "walking-skeleton", "Wendy Walker",
				"wendy@walking-skeleton.example", "skeleton-password-1");
		assertThat(browser.cookie("DISTRIBU_SESSION")).isPresent();

		apiKey = DemoSeeder.createApiKey(browser, "System test", SCOPES);
		assertThat(apiKey).matches("dk_[A-Za-z0-9_-]{43}");
	}

	@Test
	@Order(2)
	void anApiOrderMovesStockReachesTheWebhookSignedAndIsCounted() throws Exception {
		JsonNode product = api("POST", "/api/v1/products", Map.of("sku", "WLK-001", "name", "Walking Boots", "category",
				"Footwear", "price", "12.50", "stock", 10, "active", true))
			.expect(201)
			.json();
		assertThat(product.get("stock").asInt()).isEqualTo(10);
		JsonNode customer = api("POST", "/api/v1/customers",
				Map.of("name", "Trail Shop", "email", "buyer@trailshop.example", "status", "ACTIVE"))
			.expect(201)
			.json();
		JsonNode webhook = api("POST", "/api/v1/webhooks",
				Map.of("url", receiver.url(), "events", List.of("order.created")))
			.expect(201)
			.json();
		String secret = webhook.get("secret").asString();
		assertThat(secret).isNotBlank();

		JsonNode order = api("POST", "/api/v1/orders", Map.of("customerId", customer.get("id").asString(), "lines",
				List.of(Map.of("sku", "WLK-001", "quantity", 2))))
			.expect(201)
			.json();
		assertThat(order.get("id").asString()).isNotBlank();
		assertThat(order.get("number").asString()).isNotBlank();
		assertThat(order.get("status").asString()).isNotBlank();
		assertThat(order.get("source").asString()).isEqualTo("API");
		assertThat(order.get("customerId").asString()).isEqualTo(customer.get("id").asString());
		assertThat(order.get("lines")).hasSize(1);
		JsonNode line = order.get("lines").get(0);
		assertThat(line.get("sku").asString()).isEqualTo("WLK-001");
		assertThat(line.get("name").asString()).isEqualTo("Walking Boots");
		assertThat(line.get("unitPrice").asString()).isEqualTo("12.50");
		assertThat(line.get("quantity").asInt()).isEqualTo(2);
		assertThat(line.get("lineTotal").asString()).isEqualTo("25.00");
		assertThat(order.get("total").asString()).isEqualTo("25.00");
		assertThat(order.get("currency").asString()).isNotBlank();
		assertThat(order.get("createdAt").asString()).isNotBlank();
		String orderId = order.get("id").asString();

		assertThat(api("GET", "/api/v1/products/" + product.get("id").asString(), null).expect(200)
			.json()
			.get("stock")
			.asInt()).isEqualTo(8);
		assertThat(api("GET", "/api/v1/orders/" + orderId, null).expect(200).json().get("id").asString())
			.isEqualTo(orderId);

		await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.deliveries().isEmpty());
		WebhookReceiver.Delivery delivery = receiver.deliveries().get(0);
		assertThat(delivery.header("X-Distribu-Signature")).isEqualTo(hmacSha256Hex(secret, delivery.body()));
		JsonNode event = JsonMapper.builder().build().readTree(new String(delivery.body(), StandardCharsets.UTF_8));
		assertThat(event.get("type").asString()).isEqualTo("order.created");
		assertThat(event.get("data").get("orderId").asString()).isEqualTo(orderId);
		assertThat(delivery.header("X-Distribu-Event")).isEqualTo("order.created");

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Element counter = browser.get("/dashboard/billing").expect(200).html().getElementById("orders-this-month");
			assertThat(counter).isNotNull();
			assertThat(counter.text().strip()).isEqualTo("1");
		});
	}

	@Test
	@Order(3)
	void theGatewayRejectsMalformedAndUnknownKeys() {
		assertProblem(browser.api("GET", "/api/v1/products", "bearer " + apiKey, null));
		assertProblem(browser.api("GET", "/api/products", "Bearer " + apiKey, null));
		assertProblem(browser.api("GET", "/api/v1/products", "Bearer dk_" + "A".repeat(43), null));
		assertProblem(browser.api("GET", "/api/v1/products", null, null));
	}

	@Test
	@Order(4)
	void aKeyWithoutOrdersWriteGets403NamingTheScope() {
		String readOnly = DemoSeeder.createApiKey(browser, "Read-only", List.of("products:read", "orders:read"));

		StackClient.Response refused = browser.api("POST", "/api/v1/orders", "Bearer " + readOnly, Map.of("customerId",
				"00000000-0000-0000-0000-000000000001", "lines", List.of(Map.of("sku", "WLK-001", "quantity", 1))));

		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString()).contains("orders:write");
		browser.api("GET", "/api/v1/products", "Bearer " + readOnly, null).expect(200);
	}

	@Test
	@Order(5)
	void aRevokedKeyStopsWorking() {
		api("GET", "/api/v1/products", null).expect(200);
		Element revoke = browser.get("/dashboard/settings/api-keys")
			.expect(200)
			.html()
			.selectFirst("tr:contains(" + apiKey.substring(0, 8) + ") form[action*=/revoke]");
		assertThat(revoke).as("a revoke form on the API keys page").isNotNull();
		browser.postForm(revoke.attr("action"), List.of()).expect(200);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertProblem(browser.api("GET", "/api/v1/products", "Bearer " + apiKey, null)));
	}

	@Test
	@Order(6)
	void theSeededSupportUserReachesTheConsoleThroughTheGateway() {
		StackClient support = new StackClient(stack.config().gatewayUrl());
		support.get("/login").expect(200);

		StackClient.Response enrol = support.postForm("/login", List.of(Map.entry("email", DemoSeeder.SUPPORT_EMAIL),
				Map.entry("password", DemoSeeder.SUPPORT_PASSWORD)));
		assertThat(enrol.uri().getPath()).as("a second factor first").isEqualTo("/login/second-factor/enrol");
		String secret = enrol.html().select("#totp-secret").text().replace(" ", "");
		StackClient.Response landed = support.postForm("/login/second-factor/enrol",
				List.of(Map.entry("code", Totp.code(secret, Totp.step(Instant.now())))));

		assertThat(landed.uri().getPath()).as(landed.body()).isEqualTo("/support");
		assertThat(support.get("/support?q=wendy").expect(200).body()).contains("wendy@walking-skeleton.example");
		assertThat(browser.get("/support").status()).as("a company owner is not support staff").isEqualTo(403);
	}

	@Test
	@Order(7)
	void accountPagesOfIdentityAreReachableThroughTheGateway() {
		StackClient visitor = new StackClient(stack.config().gatewayUrl());
		assertThat(visitor.get("/forgot-password").expect(200).html().select("input[name=email]")).isNotEmpty();
		assertThat(visitor.get("/invites/not-a-real-token").body()).containsIgnoringCase("invite");
		assertThat(visitor.get("/reset-password/not-a-real-token").body()).containsIgnoringCase("new link");
		assertThat(browser.get("/dashboard/settings/team").expect(200).html().select("#members")).isNotEmpty();
		assertThat(browser.get("/dashboard/settings/profile").expect(200).body())
			.contains("wendy@walking-skeleton.example");
	}

	/**
	 * The broker stops for longer than catalog's reservation window (3 s in stacks under
	 * test) while orders are placed: catalog asks order-service instead of releasing, so
	 * once the broker is back every order still holds its stock exactly once, and a
	 * cancellation gives it back once.
	 */
	@Test
	@Order(8)
	void stockStaysExactThroughABrokerOutageLongerThanTheReleaseWindow() {
		String key = DemoSeeder.createApiKey(browser, "Outage", SCOPES);
		String product = browser
			.api("POST", "/api/v1/products", "Bearer " + key,
					new LinkedHashMap<>(
							Map.of("sku", "OUT-001", "name", "Storm Lantern", "price", "9.90", "stock", 50)))
			.expect(201)
			.json()
			.get("id")
			.asString();
		String customer = browser
			.api("POST", "/api/v1/customers", "Bearer " + key,
					new LinkedHashMap<>(
							Map.of("name", "Harbour Stores", "email", "buyer@harbour.example", "status", "ACTIVE")))
			.expect(201)
			.json()
			.get("id")
			.asString();
		int countedBefore = ordersCountedByBilling();

		stack.infrastructure().stopKafka();
		List<String> orders = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			orders.add(browser
				.api("POST", "/api/v1/orders", "Bearer " + key,
						new LinkedHashMap<>(Map.of("customerId", customer, "lines",
								List.of(Map.of("sku", "OUT-001", "quantity", 3)))))
				.expect(201)
				.json()
				.get("id")
				.asString());
		}
		await().pollInterval(Duration.ofSeconds(1))
			.during(Duration.ofSeconds(8))
			.atMost(Duration.ofSeconds(20))
			.until(() -> stock(key, product) == 35);
		stack.infrastructure().startKafka();

		await().pollInterval(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(90))
			.untilAsserted(() -> assertThat(ordersCountedByBilling()).isEqualTo(countedBefore + 5));
		await().pollInterval(Duration.ofSeconds(1))
			.during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(10))
			.until(() -> stock(key, product) == 35);
		browser.api("POST", "/api/v1/orders/" + orders.get(0) + "/cancel", "Bearer " + key, new LinkedHashMap<>())
			.expect(200);
		await().pollInterval(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(30))
			.until(() -> stock(key, product) == 38);
		await().pollInterval(Duration.ofSeconds(1))
			.during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(10))
			.until(() -> stock(key, product) == 38);
	}

	/**
	 * order-service keeps its own copy of what an order needs of a customer, from
	 * customer-service's events through the real outbox and broker: with customer-service
	 * down, an order for a customer it knows still goes through, to the customer's
	 * default address. Last, since customer-service stays down.
	 */
	@Test
	@Order(9)
	void ordersGoOnWhileCustomerServiceIsDown() throws Exception {
		// The seeded demo company's key: the other tests revoked theirs and signed out.
		String key = stack.demoApiKey();
		browser
			.api("POST", "/api/v1/products", "Bearer " + key,
					new LinkedHashMap<>(Map.of("sku", "RDM-001", "name", "Canal Crate", "price", "4.00", "stock", 10)))
			.expect(201);
		String customer = browser
			.api("POST", "/api/v1/customers", "Bearer " + key,
					new LinkedHashMap<>(
							Map.of("name", "Canal Goods", "email", "buyer@canal.example", "status", "ACTIVE")))
			.expect(201)
			.json()
			.get("id")
			.asString();
		browser
			.api("POST", "/api/v1/customers/" + customer + "/addresses", "Bearer " + key,
					new LinkedHashMap<>(Map.of("kind", "SHIPPING", "line1", "7 Canal Street", "city", "Utrecht",
							"postalCode", "3511 AA", "country", "NL")))
			.expect(201);
		try (Connection orders = DriverManager.getConnection(stack.config().jdbcUrl(), "orders", "orders");
				PreparedStatement revision = orders
					.prepareStatement("select revision from orders.customer_ref where id = ?::uuid")) {
			revision.setString(1, customer);
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				try (ResultSet row = revision.executeQuery()) {
					return row.next() && row.getLong(1) >= 2;
				}
			});
		}

		stack.kill("customer-service");

		JsonNode order = browser
			.api("POST", "/api/v1/orders", "Bearer " + key,
					new LinkedHashMap<>(
							Map.of("customerId", customer, "lines", List.of(Map.of("sku", "RDM-001", "quantity", 2)))))
			.expect(201)
			.json();
		assertThat(order.get("shippingAddress").get("line1").asString()).isEqualTo("7 Canal Street");
		assertThat(order.get("total").asString()).isEqualTo("8.00");
	}

	private static int stock(String key, String product) {
		return browser.api("GET", "/api/v1/products/" + product, "Bearer " + key, null)
			.expect(200)
			.json()
			.get("stock")
			.asInt();
	}

	private static int ordersCountedByBilling() {
		Element counter = browser.get("/dashboard/billing").expect(200).html().getElementById("orders-this-month");
		return Integer.parseInt(counter.text().strip());
	}

	private static StackClient.Response api(String method, String path, Map<String, ?> body) {
		return browser.api(method, path, "Bearer " + apiKey, (body != null) ? new LinkedHashMap<>(body) : null);
	}

	/**
	 * Through the real gateway, identity and broker: "Sign out everywhere" on one device
	 * ends the session another device holds, within seconds.
	 */
	@Test
	@Order(8)
	void signingOutEverywhereEndsTheSessionOnAnotherDevice() {
		StackClient laptop = new StackClient(stack.config().gatewayUrl());
		laptop.get("/login").expect(200);
		laptop.postForm("/login", List.of(Map.entry("email", "wendy@walking-skeleton.example"),
				Map.entry("password", "skeleton-password-1")));
		assertThat(laptop.get("/dashboard").uri().getPath()).isEqualTo("/dashboard");

		browser.get("/dashboard/settings/profile").expect(200);
		StackClient.Response out = browser.postForm("/dashboard/settings/profile/sign-out-everywhere", List.of());
		assertThat(out.uri().getPath()).isEqualTo("/login");

		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(laptop.get("/dashboard/orders").uri().getPath()).isEqualTo("/login"));
		assertThat(laptop.cookie("DISTRIBU_SESSION")).as("deleted in the browser").isEmpty();
	}

	private static void assertProblem(StackClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	private static String hmacSha256Hex(String secret, byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(body));
	}

}
