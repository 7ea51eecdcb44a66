package app.distribu.gateway;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class GatewayTest {

	static final EmbeddedKafkaKraftBroker kafka = startKafka();

	static final FakeService identity = new FakeService();

	static final FakeService catalog = new FakeService();

	static final FakeService others = new FakeService();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Autowired
	HttpClientProperties httpClient;

	@Autowired
	Environment environment;

	@Autowired
	MeterRegistry meters;

	RestClient http;

	/**
	 * A pooled connection the service closes while the gateway reuses it fails the
	 * request (PrematureCloseException): the gateway lets idle connections go first, and
	 * services never close after a number of requests.
	 */
	@Test
	void idleConnectionsToServicesAreDroppedBeforeAServiceWouldCloseThem() {
		Duration serviceKeepAlive = this.environment.getProperty("server.tomcat.keep-alive-timeout", Duration.class);

		assertThat(this.httpClient.getPool().getMaxIdleTime()).isLessThan(serviceKeepAlive.dividedBy(2));
		assertThat(this.httpClient.getPool().getEvictionInterval()).isPositive();
		assertThat(this.environment.getProperty("server.tomcat.max-keep-alive-requests", Integer.class)).isEqualTo(-1);
	}

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", kafka::getBrokersAsString);
		TestDatabase.fresh().forEach((name, value) -> registry.add(name, () -> value));
		registry.add("IDENTITY_URL", identity::url);
		registry.add("SUPPORT_NETWORKS", () -> "198.51.100.0/24, 2001:db8::/32");
		registry.add("CATALOG_URL", catalog::url);
		registry.add("distribu.gateway.max-upload-size", () -> "2MB");
		for (String name : new String[] { "CUSTOMER_URL", "ORDER_URL", "WEBHOOK_URL", "BILLING_URL" }) {
			registry.add(name, others::url);
		}
	}

	static EmbeddedKafkaKraftBroker startKafka() {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1, "identity.events");
		broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
		broker.afterPropertiesSet();
		return broker;
	}

	@AfterAll
	static void stopKafka() {
		kafka.destroy();
	}

	@BeforeEach
	void client() {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
		catalog.ready = true;
	}

	@Test
	void theOpenApiDocumentMergesEveryServicesDescriptionAndNeedsNoKey() {
		catalog.apiDescription = """
				{"openapi":"3.1.0","paths":{"/api/v1/products":{"get":{"operationId":"listProducts"}}},
				 "components":{"schemas":{"ProductJson":{"type":"object"}},
				  "securitySchemes":{"apiKey":{"type":"http","scheme":"bearer"}}}}""";
		others.apiDescription = """
				{"openapi":"3.1.0","paths":{"/api/v1/orders":{"post":{"operationId":"placeOrder"}}},
				 "components":{"schemas":{"OrderJson":{"type":"object"}},
				  "securitySchemes":{"apiKey":{"type":"http","scheme":"bearer"}}}}""";

		ResponseEntity<String> response = get("/api/v1/openapi.json", null);

		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getBody()).contains("\"title\":\"Distribu API\"", "\"/api/v1/products\"",
				"\"/api/v1/orders\"", "\"ProductJson\"", "\"OrderJson\"", "\"apiKey\"");
		ResponseEntity<String> page = get("/docs/api/index.html", null);
		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).contains("/webjars/swagger-ui/swagger-ui-bundle.js");
		assertThat(get("/webjars/swagger-ui/swagger-ui-bundle.js", null).getStatusCode().value()).isEqualTo(200);
		assertThat(get("/docs/api/start.js", null).getBody()).contains("/api/v1/openapi.json");
	}

	@Test
	void lowerCaseBearerIsRefusedWithAProblem() {
		ResponseEntity<String> response = get("/api/v1/products", "bearer dk_whatever");

		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(response.getBody()).contains("\"type\":\"about:blank\"", "\"title\":\"Unauthorized\"",
				"\"status\":401", "Use 'Authorization: Bearer dk_...' (the scheme is case-sensitive).");
	}

	@Test
	void apiPathsWithoutV1AreRefused() {
		String key = "dk_" + UUID.randomUUID();
		identity.allow(key);

		ResponseEntity<String> response = get("/api/products", "Bearer " + key);

		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getBody()).contains("API paths start with /api/v1/.");
	}

	@Test
	void unknownKeysAreRefused() {
		ResponseEntity<String> response = get("/api/v1/products", "Bearer dk_unknown" + UUID.randomUUID());

		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getBody()).contains("The API key is unknown or has been revoked.");
	}

	@Test
	void aGoodKeyIsForwardedAsTheExchangedTokenAndCached() {
		String key = "dk_" + UUID.randomUUID();
		UUID keyId = identity.allow(key);
		int before = identity.exchanges.get();

		ResponseEntity<String> first = get("/api/v1/products?limit=5", "Bearer " + key);
		ResponseEntity<String> second = get("/api/v1/products", "Bearer " + key);

		assertThat(first.getStatusCode().value()).isEqualTo(200);
		assertThat(first.getBody()).contains("path=/api/v1/products", "authorization=Bearer jwt-for-" + keyId)
			.doesNotContain(key);
		assertThat(second.getBody()).contains("authorization=Bearer jwt-for-" + keyId);
		assertThat(identity.exchanges.get() - before).as("second call served from the cache").isEqualTo(1);
	}

	/**
	 * When a key's cached token runs out under load, the requests in flight share one
	 * exchange: identity is never asked to sign the same token many times at once.
	 */
	@Test
	void parallelRequestsWithAnUncachedKeyShareOneExchange() throws Exception {
		String key = "dk_" + UUID.randomUUID();
		UUID keyId = identity.allow(key);
		int before = identity.exchanges.get();
		int parallel = 8;
		CountDownLatch gate = new CountDownLatch(1);
		identity.exchangeGate = gate;
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		try {
			List<Future<ResponseEntity<String>>> calls = new ArrayList<>();
			for (int i = 0; i < parallel; i++) {
				calls.add(pool.submit(() -> get("/api/v1/products", "Bearer " + key)));
			}
			await().atMost(Duration.ofSeconds(20)).until(() -> activeRequests() >= parallel);
			gate.countDown();
			for (Future<ResponseEntity<String>> call : calls) {
				ResponseEntity<String> response = call.get(20, TimeUnit.SECONDS);
				assertThat(response.getStatusCode().value()).isEqualTo(200);
				assertThat(response.getBody()).contains("authorization=Bearer jwt-for-" + keyId);
			}
		}
		finally {
			identity.exchangeGate = null;
			gate.countDown();
			pool.shutdownNow();
		}
		assertThat(identity.exchanges.get() - before).isEqualTo(1);
	}

	private long activeRequests() {
		return this.meters.find("http.server.requests.active")
			.longTaskTimers()
			.stream()
			.mapToLong(LongTaskTimer::activeTasks)
			.sum();
	}

	@Test
	void aRevocationEventEvictsTheKeySoTheNextCallIsRefused() {
		String key = "dk_" + UUID.randomUUID();
		UUID keyId = identity.allow(key);
		assertThat(get("/api/v1/products", "Bearer " + key).getStatusCode().value()).isEqualTo(200);
		identity.revoke(key);
		assertThat(get("/api/v1/products", "Bearer " + key).getStatusCode().value()).as("still cached before the event")
			.isEqualTo(200);

		this.listeners.getAllListenerContainers()
			.forEach((container) -> ContainerTestUtils.waitForAssignment(container, 1));
		publishRevocation(keyId);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(get("/api/v1/products", "Bearer " + key).getStatusCode().value()).isEqualTo(401));
	}

	@Test
	void theSessionCookieIsPassedThroughWithoutBecomingABearerToken() {
		ResponseEntity<String> response = this.http.get()
			.uri("/dashboard/products")
			.header(HttpHeaders.COOKIE, "DISTRIBU_SESSION=session-token-123")
			.retrieve()
			.toEntity(String.class);

		// Services read the cookie after their CSRF check; a bearer header would exempt
		// the
		// browser's request from CSRF.
		assertThat(response.getBody()).contains("authorization=null")
			.contains("cookie=DISTRIBU_SESSION=session-token-123");
	}

	@Test
	void aRevokedSessionIsTakenOffTheRequestAndDeletedInTheBrowser() {
		UUID user = UUID.randomUUID();
		identity.sessionVersions.put(user, 2);
		String revoked = SessionCookies.token(user, 1, null);
		String current = SessionCookies.token(user, 2, null);

		ResponseEntity<String> refused = withCookie("/dashboard/products", "XSRF-TOKEN=x; DISTRIBU_SESSION=" + revoked);
		assertThat(refused.getBody()).contains("cookie=XSRF-TOKEN=x").doesNotContain("DISTRIBU_SESSION");
		assertThat(refused.getHeaders().get(HttpHeaders.SET_COOKIE)).singleElement()
			.satisfies((cookie) -> assertThat(cookie).startsWith("DISTRIBU_SESSION=;")
				.contains("Path=/", "Max-Age=0")
				.containsIgnoringCase("HttpOnly"));

		assertThat(withCookie("/dashboard/products", "DISTRIBU_SESSION=" + current).getBody())
			.contains("cookie=DISTRIBU_SESSION=" + current);
		assertThat(withCookie("/dashboard/products",
				"DISTRIBU_SESSION=" + SessionCookies.token(UUID.randomUUID(), null, null))
			.getBody()).as("tokens from before session versions are version 0").contains("DISTRIBU_SESSION=");
	}

	@Test
	void aRevokedStorefrontSessionIsDeletedOnItsStorePath() {
		UUID contact = UUID.randomUUID();
		identity.sessionVersions.put(contact, 1);

		ResponseEntity<String> refused = withCookie("/store/acme/products/1",
				"DISTRIBU_STORE_SESSION=" + SessionCookies.token(contact, 0, "acme"));

		assertThat(refused.getBody()).doesNotContain("DISTRIBU_STORE_SESSION");
		assertThat(refused.getHeaders().getFirst(HttpHeaders.SET_COOKIE)).startsWith("DISTRIBU_STORE_SESSION=;")
			.contains("Path=/store/acme");
	}

	@Test
	void aSessionThatCannotBeCheckedIsNotLetThrough() {
		identity.sessionsAnswer = false;
		try {
			ResponseEntity<String> response = withCookie("/dashboard/products",
					"DISTRIBU_SESSION=" + SessionCookies.token(UUID.randomUUID(), 0, null));
			assertThat(response.getStatusCode().value()).isEqualTo(503);
			assertThat(response.getBody()).contains("Sign-in is temporarily unavailable.");
			assertThat(withCookie("/dashboard/products", "DISTRIBU_SESSION=not-a-token").getStatusCode().value())
				.as("what is not a token is left to the service, which refuses it")
				.isEqualTo(200);
		}
		finally {
			identity.sessionsAnswer = true;
		}
	}

	@Test
	void tokensInLinksNeverReachTheAccessLog(CapturedOutput output) {
		String token = "Xk3vQ9pL2mN8rT5wY7zA1bC4dE6fG0hJ9kL3mN5pQ7r";
		for (String path : new String[] { "/reset-password/" + token, "/invites/" + token + "/accept",
				"/store/acme/signin/" + token, "/dashboard/settings/profile/email/confirm/" + token,
				"/login/oauth2/code/c1?state=" + token + "&code=" + token }) {
			assertThat(get(path, null).getStatusCode().value()).as(path).isEqualTo(200);
		}

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(output.getAll()).contains("/store/acme/signin/[redacted]"));
		assertThat(output.getAll())
			.contains("GET /reset-password/[redacted] -> 200", "/invites/[redacted]/accept",
					"/dashboard/settings/profile/email/confirm/[redacted]", "GET /login/oauth2/code/c1 -> 200")
			.doesNotContain(token);
	}

	@Test
	void aCorrelationIdIsCreatedOrPassedOn() {
		ResponseEntity<String> passed = this.http.get()
			.uri("/dashboard/products")
			.header("X-Correlation-Id", "abc-123")
			.retrieve()
			.toEntity(String.class);
		ResponseEntity<String> created = this.http.get()
			.uri("/dashboard/products")
			.header("X-Correlation-Id", "no spaces <allowed>")
			.retrieve()
			.toEntity(String.class);

		assertThat(passed.getBody()).contains("correlation=abc-123");
		assertThat(passed.getHeaders().getFirst("X-Correlation-Id")).isEqualTo("abc-123");
		String id = created.getHeaders().getFirst("X-Correlation-Id");
		assertThat(id).isNotBlank().isNotEqualTo("no spaces <allowed>");
		assertThat(created.getBody()).contains("correlation=" + id);
	}

	@Test
	void internalPathsAreNeverRouted() {
		assertThat(get("/internal/x", null).getStatusCode().value()).isEqualTo(404);
		assertThat(get("/internal/api-keys/exchange", null).getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void readinessIsDownWhileAServiceIsDownAndUpWhenAllAreUp() {
		catalog.ready = false;
		ResponseEntity<String> down = get("/actuator/health/readiness", null);
		assertThat(down.getStatusCode().value()).isEqualTo(503);
		assertThat(down.getBody()).contains("\"status\":\"DOWN\"").doesNotContain("catalog");
		assertThat(management("/actuator/health").getBody()).as("details on the management port only")
			.contains("catalog");
		assertThat(get("/actuator/health/liveness", null).getStatusCode().value()).isEqualTo(200);

		catalog.ready = true;
		ResponseEntity<String> up = get("/actuator/health/readiness", null);
		assertThat(up.getStatusCode().value()).isEqualTo(200);
		assertThat(up.getBody()).contains("\"status\":\"UP\"");
	}

	@Test
	void aVerifiedCustomDomainShowsItsStoreAtTheDomainRoot() throws Exception {
		identity.storeDomains.put("orders.acme-foods.example", "Acme");

		assertThat(raw("orders.acme-foods.example", "/", "text/html")).contains("HTTP/1.1 200", "path=/store/Acme\n");
		assertThat(raw("orders.acme-foods.example", "/products/42?x=1", "text/html"))
			.contains("path=/store/Acme/products/42");
		assertThat(raw("orders.acme-foods.example", "/cart", "text/html")).contains("path=/store/Acme/cart");
		assertThat(raw("orders.acme-foods.example", "/store/Acme/orders", "text/html"))
			.contains("path=/store/Acme/orders");
		assertThat(raw("orders.acme-foods.example", "/assets/distribu.css", "text/css"))
			.contains("path=/assets/distribu.css");
		assertThat(raw("ORDERS.acme-foods.example:443", "/logo", "image/*")).contains("path=/store/Acme/logo");

		String signedIn = raw("orders.acme-foods.example", "/signin/token", "text/html");
		assertThat(signedIn).as("the store's cookie covers the whole domain")
			.containsIgnoringCase("Set-Cookie: DISTRIBU_STORE_SESSION=s; Path=/; HttpOnly");
		String direct = raw("localhost", "/store/Acme/signin/token", "text/html");
		assertThat(direct).containsIgnoringCase("Path=/store/Acme;");
	}

	@Test
	void aCustomDomainShowsNoOtherStoreNorTheDashboard() throws Exception {
		identity.storeDomains.put("shop.bolt.example", "bolt");

		for (String path : new String[] { "/store/Acme", "/store/Acme/cart", "/dashboard", "/dashboard/orders",
				"/api/v1/products", "/support" }) {
			String answer = raw("shop.bolt.example", path, "text/html");
			assertThat(answer).as(path).startsWith("HTTP/1.1 404").contains("Page not found").doesNotContain("path=");
		}
	}

	@Test
	void aHostThatIsNoStoresDomainGetsTheBrandedStoreNotFoundPage() throws Exception {
		String answer = raw("nobody-verified-this.example", "/", "text/html");

		assertThat(answer).startsWith("HTTP/1.1 404")
			.contains("Store not found", "There is no store at nobody-verified-this.example", "/assets/distribu.css")
			.doesNotContain("path=");
	}

	@Test
	void unroutedPagesGetTheBrandedPageAndApisAProblem() throws Exception {
		String page = raw("localhost", "/dashboard/no-such-page", "text/html,application/xhtml+xml");
		assertThat(page).startsWith("HTTP/1.1 404")
			.contains("Page not found", "Back to the dashboard", "Help center")
			.doesNotContain("Whitelabel");

		String script = raw("localhost", "/dashboard/no-such-page", "application/json");
		assertThat(script).startsWith("HTTP/1.1 404").contains("application/problem+json", "\"status\":404");

		String unreachable = raw("localhost", "/nothing/here%zz", "text/html");
		assertThat(unreachable).doesNotContain("Whitelabel").containsAnyOf("HTTP/1.1 400", "HTTP/1.1 404");
	}

	@Test
	void aSignInFloodFromOneAddressIsRefusedAtTheGatewayWhileOtherAddressesSignIn() throws Exception {
		int before = identity.signInPosts.get();
		long started = System.nanoTime();
		int refused = 0;
		HttpResponse<String> page = null;
		for (int i = 0; i < 80; i++) {
			HttpResponse<String> answer = signIn("/login", "203.0.113.77", "text/html");
			if (answer.statusCode() == 429) {
				refused++;
				page = (page != null) ? page : answer;
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		int forwarded = identity.signInPosts.get() - before;

		assertThat(forwarded).as("the burst of 20, then 5 a second").isBetween(20, 21 + (int) Math.ceil(seconds * 5));
		assertThat(refused).isEqualTo(80 - forwarded);
		assertThat(page.headers().firstValue("Retry-After"))
			.hasValueSatisfying((value) -> assertThat(value).isEqualTo("1"));
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body())
			.contains("Too many sign-in attempts from your network. Wait a few seconds and try again.");

		// At most one attempt a refill can let through meanwhile (5 a second).
		HttpResponse<String> store = signIn("/store/Acme/login", "203.0.113.77", "application/json");
		if (store.statusCode() != 429) {
			store = signIn("/store/Acme/login", "203.0.113.77", "application/json");
		}
		assertThat(store.statusCode()).as("every sign-in form shares the address's allowance").isEqualTo(429);
		assertThat(store.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(signIn("/login", "198.51.100.77", "text/html").statusCode()).as("another address").isEqualTo(200);
		assertThat(HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("X-Forwarded-For", "203.0.113.77")
				.build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).as("the sign-in page itself is never refused").isEqualTo(200);
	}

	private HttpResponse<String> signIn(String path, String client, String accept) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("X-Forwarded-For", client)
				.header("Accept", accept)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("email=flood%40bench.example&password=nope"))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A plain HTTP/1.1 exchange: HTTP clients refuse to set the Host header themselves.
	 */
	private String raw(String host, String path, String accept) throws Exception {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: " + accept
						+ "\r\nConnection: close\r\n\r\n")
					.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	@Test
	void aJsonBodyOverTheLimitIsRefusedBeforeTheKeyIsExchangedOrAnythingForwarded() {
		String key = "dk_" + UUID.randomUUID();
		UUID keyId = identity.allow(key);
		int exchanges = identity.exchanges.get();

		ResponseEntity<String> response = this.http.post()
			.uri("/api/v1/products")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}")
			.retrieve()
			.toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(413);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(response.getBody()).contains("\"status\":413", "The request body is larger than 1 MB.");
		assertThat(identity.exchanges.get()).isEqualTo(exchanges);
		assertThat(catalog.requestsFromKey(keyId)).isZero();
	}

	@Test
	void aChunkedJsonBodyIsForwardedWhole() throws Exception {
		String key = "dk_" + UUID.randomUUID();
		identity.allow(key);
		String json = "{\"name\":\"" + "y".repeat(5000) + "\"}";

		HttpResponse<String> small = chunked("/api/v1/products", key, json);
		HttpResponse<String> large = chunked("/api/v1/products", key, "[" + "1,".repeat(600_000) + "1]");

		assertThat(small.statusCode()).isEqualTo(200);
		assertThat(small.body()).contains("body-bytes=" + json.length());
		assertThat(large.statusCode()).isEqualTo(413);
		assertThat(large.body()).contains("larger than 1 MB");
	}

	@Test
	void aPersonPostingTooMuchGetsAPageSayingSo() {
		ResponseEntity<String> response = this.http.post()
			.uri("/dashboard/products/new")
			.header(HttpHeaders.ACCEPT, "text/html")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("notes=" + "z".repeat(1024 * 1024 + 1))
			.retrieve()
			.toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(413);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(response.getBody()).contains("The request body is larger than 1 MB.");
	}

	@Test
	void uploadsMayBeLargerUpToTheirOwnLimit() {
		byte[] file = new byte[1536 * 1024];
		ResponseEntity<String> within = upload(file);
		ResponseEntity<String> over = upload(new byte[2 * 1024 * 1024 + 1]);

		assertThat(within.getStatusCode().value()).isEqualTo(200);
		assertThat(within.getBody()).contains("body-bytes=");
		assertThat(over.getStatusCode().value()).isEqualTo(413);
		assertThat(over.getBody()).contains("larger than 2 MB");
	}

	private ResponseEntity<String> upload(byte[] bytes) {
		return this.http.post()
			.uri("/dashboard/products/import")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(bytes)
			.retrieve()
			.toEntity(String.class);
	}

	@Test
	void theSupportConsoleAnswersOnlyClientsFromItsNetworks() {
		assertThat(support("/support", null).getStatusCode().value()).as("the test client, 127.0.0.1").isEqualTo(404);
		assertThat(support("/support", "198.51.100.7").getBody()).as("through our proxy").contains("path=/support");
		assertThat(support("/support/users/1", "2001:db8::5").getStatusCode().value()).isEqualTo(200);
		assertThat(support("/support/audit", "198.51.100.7, 203.0.113.9").getStatusCode().value())
			.as("a hop the client wrote itself is not believed")
			.isEqualTo(404);
		assertThat(support("/support", "not-an-address").getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void thePublicPortAnswersTheTwoProbesAndNoOtherActuatorEndpoint() {
		assertThat(get("/actuator/health/liveness", null).getBody()).isEqualTo("{\"status\":\"UP\"}");
		for (String path : new String[] { "/actuator", "/actuator/health", "/actuator/prometheus", "/actuator/info",
				"/actuator/env", "/actuator/gateway/routes", "/actuator/health/services" }) {
			assertThat(get(path, null).getStatusCode().value()).as(path).isEqualTo(404);
		}
		assertThat(management("/actuator/prometheus").getBody()).as("scraped on the management port")
			.contains("jvm_memory_used_bytes");
	}

	private ResponseEntity<String> support(String path, String forwardedFor) {
		return this.http.get().uri(path).headers((headers) -> {
			if (forwardedFor != null) {
				headers.set("X-Forwarded-For", forwardedFor);
			}
		}).retrieve().toEntity(String.class);
	}

	private ResponseEntity<String> management(String path) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + this.managementPort)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build()
			.get()
			.uri(path)
			.retrieve()
			.toEntity(String.class);
	}

	private HttpResponse<String> chunked(String path, String key, String body) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", "Bearer " + key)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private ResponseEntity<String> withCookie(String path, String cookie) {
		return this.http.get().uri(path).header(HttpHeaders.COOKIE, cookie).retrieve().toEntity(String.class);
	}

	private ResponseEntity<String> get(String path, String authorization) {
		return this.http.get().uri(path).headers((headers) -> {
			if (authorization != null) {
				headers.set(HttpHeaders.AUTHORIZATION, authorization);
			}
		}).retrieve().toEntity(String.class);
	}

	private void publishRevocation(UUID keyId) {
		Map<String, Object> props = new HashMap<>(KafkaTestUtils.producerProps(kafka));
		props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		var producers = new DefaultKafkaProducerFactory<String, String>(props);
		try {
			KafkaTemplate<String, String> template = new KafkaTemplate<>(producers);
			String envelope = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"api_key.revoked\",\"schemaVersion\":1,"
					+ "\"occurredAt\":\"2026-01-01T00:00:00Z\",\"companyId\":\"" + FakeService.COMPANY
					+ "\",\"data\":{\"apiKeyId\":\"" + keyId + "\"}}";
			template.send(new ProducerRecord<>("identity.events", FakeService.COMPANY.toString(), envelope)).join();
		}
		finally {
			producers.destroy();
		}
	}

}
