package app.distribu.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.distribu.platform.contracts.EventContract;
import app.distribu.platform.contracts.EventContracts;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;

import static app.distribu.webhook.WebhookEvents.customer;
import static app.distribu.webhook.WebhookEvents.order;
import static app.distribu.webhook.WebhookEvents.publish;
import static app.distribu.webhook.WebhookEvents.statusChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The FAQ's webhook answers, each against a real receiver on loopback, with the real
 * 10-second deadline.
 */
@WebhookServiceTest
class WebhookDeliveryTest {

	static Receiver receiver;

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ApplicationContext context;

	Api api;

	@BeforeAll
	static void startReceiver() throws Exception {
		receiver = new Receiver();
	}

	@AfterAll
	static void stopReceiver() {
		receiver.close();
	}

	@BeforeEach
	void api() {
		this.api = new Api(this.port);
	}

	@Test
	void deliversAnApiOrderSignedOverTheExactBytesSentAndTheSchemaHolds() throws Exception {
		UUID company = UUID.randomUUID();
		JsonNode webhook = createWebhook(company, receiver.url("/signed"), "order.created");
		double succeeded = attemptsCounted("succeeded");
		long firstAttempts = this.meters.get("distribu.webhook.delivery.delay").timer().count();
		UUID eventId = publish(company, "order.created", order("API"));

		Receiver.Received delivery = receiver.await("/signed", eventId.toString());

		String secret = webhook.path("secret").asString();
		assertThat(delivery.header("X-Distribu-Signature")).isEqualTo(hmacHex(delivery.body(), secret));
		byte[] reserialised = this.json.writerWithDefaultPrettyPrinter()
			.writeValueAsBytes(this.json.readTree(delivery.body()));
		assertThat(hmacHex(reserialised, secret)).as("re-serialised JSON no longer matches")
			.isNotEqualTo(delivery.header("X-Distribu-Signature"));
		assertThat(delivery.header("X-Distribu-Event")).isEqualTo("order.created");
		assertThat(delivery.header("X-Distribu-Delivery")).isNotBlank();
		assertThat(delivery.header("X-Distribu-Attempt")).isEqualTo("1");
		assertThat(delivery.header("Content-Type")).isEqualTo("application/json");
		assertThat(delivery.header("webhook-id")).isEqualTo(eventId.toString());
		JsonNode body = this.json.readTree(delivery.body());
		assertThat(body.propertyNames()).containsExactly("id", "type", "createdAt", "companyId", "data");
		assertThat(body.path("companyId").asString()).isEqualTo(company.toString());
		assertThat(EventContracts.violations(body)).isEmpty();
		await().atMost(Duration.ofSeconds(10)).until(() -> "SUCCEEDED".equals(statusOf(eventId)));
		assertThat(attemptsCounted("succeeded")).isGreaterThan(succeeded);
		assertThat(this.meters.get("distribu.webhook.delivery.delay").timer().count()).isGreaterThan(firstAttempts);
	}

	@Test
	void theStandardWebhooksReferenceLibraryVerifiesDeliveriesAlsoDuringARotation() throws Exception {
		UUID company = UUID.randomUUID();
		JsonNode webhook = createWebhook(company, receiver.url("/standard"), "customer.created");
		String first = webhook.path("secret").asString();
		UUID before = publish(company, "customer.created", customer());
		Receiver.Received plain = receiver.await("/standard", before.toString());

		assertThat(StandardWebhooksLibrary.verify(first, standardHeaders(plain), plain.body())).isEqualTo("verified");
		Map<String, String> replayed = standardHeaders(plain);
		replayed.put("webhook-timestamp", String.valueOf(Instant.now().getEpochSecond() - 3600));
		assertThat(StandardWebhooksLibrary.verify(first, replayed, plain.body())).startsWith("refused");
		byte[] tampered = plain.text().replace("Corner", "Korner").getBytes(StandardCharsets.UTF_8);
		assertThat(StandardWebhooksLibrary.verify(first, standardHeaders(plain), tampered)).startsWith("refused");

		String token = TestTokens.apiKey(company, "webhooks:write");
		String second = this.api
			.post(token, "/api/v1/webhooks/" + webhook.path("id").asString() + "/rotate-secret",
					Map.of("overlapHours", 1))
			.getBody()
			.path("secret")
			.asString();
		UUID during = publish(company, "customer.created", customer());
		Receiver.Received rotated = receiver.await("/standard", during.toString());

		assertThat(rotated.header("webhook-signature").split(" ")).hasSize(2);
		assertThat(StandardWebhooksLibrary.verify(first, standardHeaders(rotated), rotated.body()))
			.isEqualTo("verified");
		assertThat(StandardWebhooksLibrary.verify(second, standardHeaders(rotated), rotated.body()))
			.isEqualTo("verified");
		assertThat(rotated.header("X-Distribu-Signature")).isEqualTo(hmacHex(rotated.body(), second));
		assertThat(rotated.header("X-Distribu-Signature-Previous")).isEqualTo(hmacHex(rotated.body(), first));
	}

	/**
	 * Adding an event type to platform/event-contracts is all webhook-service needs: each
	 * subscribable type, published on its topic with its example's data, reaches a
	 * webhook subscribed to it and the company's events feed, conforming to its schema.
	 */
	@Test
	void everySubscribableTypeOfTheContractsIsDeliveredAndListedInTheFeed() {
		UUID company = UUID.randomUUID();
		List<EventContract> subscribable = EventContracts.all().stream().filter(EventContract::webhook).toList();
		Map<UUID, String> published = new HashMap<>();
		for (EventContract contract : subscribable) {
			createWebhook(company, receiver.url("/every/" + contract.type()), contract.type());
			JsonNode data = EventContracts.example(contract.type()).path("data");
			published.put(TestEvents.publish(contract.topic(), company, contract.type(), data), contract.type());
		}

		published.forEach((id, type) -> {
			JsonNode body = this.json.readTree(receiver.await("/every/" + type, id.toString()).body());
			assertThat(body.path("type").asString()).isEqualTo(type);
			assertThat(body.path("data")).isEqualTo(EventContracts.example(type).path("data"));
			assertThat(EventContracts.violations(body)).as(type).isEmpty();
		});
		String reader = TestTokens.apiKey(company, "orders:read", "products:read", "customers:read");
		JsonNode feed = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.api.get(reader, "/api/v1/events?limit=100").getBody(),
					(page) -> page.path("data").size() == published.size());
		assertThat(feed.path("data").valueStream().map((event) -> event.path("type").asString()))
			.containsExactlyInAnyOrderElementsOf(published.values());
	}

	@Test
	void anInactiveWebhookNeverFires() {
		UUID company = UUID.randomUUID();
		String token = TestTokens.apiKey(company, "webhooks:write");
		String off = createWebhook(company, receiver.url("/inactive"), "order.status_changed").path("id").asString();
		createWebhook(company, receiver.url("/active"), "order.status_changed");
		this.api.patch(token, off, Map.of("active", false));

		UUID eventId = publish(company, "order.status_changed", statusChange());

		receiver.await("/active", eventId.toString());
		assertThat(receiver.to("/inactive")).isEmpty();
	}

	@Test
	void aWebhookNeverFiresForATypeItIsNotSubscribedTo() {
		UUID company = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		createWebhook(company, receiver.url("/cancelled-only"), "order.cancelled");
		createWebhook(other, receiver.url("/other-company"), "order.status_changed");
		UUID statusChanged = publish(company, "order.status_changed", statusChange());
		UUID cancelled = publish(company, "order.cancelled", Map.of("orderId", UUID.randomUUID(), "number", 7, "lines",
				List.of(Map.of("sku", "WDG-001", "quantity", 2))));

		receiver.await("/cancelled-only", cancelled.toString());

		assertThat(statusOf(statusChanged)).isNull();
		assertThat(receiver.to("/cancelled-only")).noneMatch((r) -> r.text().contains(statusChanged.toString()));
		assertThat(receiver.to("/other-company")).isEmpty();
	}

	@Test
	void dashboardOrdersFireOrderCreatedOnlyForWebhooksThatOptIn() {
		UUID company = UUID.randomUUID();
		String token = TestTokens.apiKey(company, "webhooks:write");
		createWebhook(company, receiver.url("/partner-orders"), "order.created");
		String optIn = createWebhook(company, receiver.url("/all-orders"), "order.created").path("id").asString();
		this.api.patch(token, optIn, Map.of("includeDashboardOrders", true));
		UUID dashboard = publish(company, "order.created", order("DASHBOARD"));
		UUID storefront = publish(company, "order.created", order("STOREFRONT"));

		receiver.await("/partner-orders", storefront.toString());
		receiver.await("/all-orders", dashboard.toString());
		receiver.await("/all-orders", storefront.toString());

		// Same company, same partition: the dashboard order was handled before the
		// storefront one.
		assertThat(receiver.to("/partner-orders")).noneMatch((r) -> r.text().contains(dashboard.toString()));
	}

	@Test
	void aNon2xxAnswerIsARedRowWithItsCodeAndExcerpt() {
		UUID company = UUID.randomUUID();
		receiver.on("/fail", Receiver.status(500, "boom: database unavailable"));
		createWebhook(company, receiver.url("/fail"), "customer.created");
		UUID eventId = publish(company, "customer.created", customer());

		await().atMost(Duration.ofSeconds(20)).until(() -> attempts(eventId) == 1);

		Map<String, Object> row = this.jdbc
			.sql("select status, response_status, response_excerpt, next_attempt_at from webhook_delivery "
					+ "where event_id = ?")
			.param(eventId)
			.query()
			.singleRow();
		assertThat(row.get("status")).as("retried later").isEqualTo("PENDING");
		assertThat(row.get("response_status")).isEqualTo(500);
		assertThat(row.get("response_excerpt")).isEqualTo("boom: database unavailable");
		assertThat(row.get("next_attempt_at")).isNotNull();
		String page = this.api.page(TestTokens.user(company, UUID.randomUUID(), Role.OWNER)).getBody();
		assertThat(page).contains("customer.created", "500", "boom: database unavailable", "badge bad",
				"class=\"delivery failed\"", "Next retry", "Attempt 1", "X-Distribu-Signature", "webhook-signature");
	}

	/**
	 * One endpoint sends its headers and then stalls; the other companies' and the same
	 * company's healthy endpoints still get every delivery within 2 s, and the stalled
	 * attempts end at the 10-second deadline as red rows.
	 */
	@Test
	void aHangingEndpointDelaysNoOtherEndpoint() {
		UUID company = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		receiver.on("/hanging", Receiver.headersThenStall());
		createWebhook(company, receiver.url("/hanging"), "order.created");
		createWebhook(company, receiver.url("/healthy-same-company"), "order.created");
		createWebhook(other, receiver.url("/healthy-other-company"), "order.created");

		Map<UUID, Instant> placed = new HashMap<>();
		for (int i = 0; i < 8; i++) {
			UUID owner = (i % 2 == 0) ? company : other;
			Instant at = Instant.now();
			placed.put(TestEvents.publish("order.events", owner, "order.created", order("API"), UUID.randomUUID(), at),
					at);
		}

		List<Receiver.Received> same = receiver.awaitAll("/healthy-same-company", (r) -> true, 4);
		List<Receiver.Received> others = receiver.awaitAll("/healthy-other-company", (r) -> true, 4);
		assertThat(same).hasSize(4);
		assertThat(others).hasSize(4);
		for (Receiver.Received delivery : List.of(same, others).stream().flatMap(List::stream).toList()) {
			Instant at = placed.get(UUID.fromString(delivery.header("webhook-id")));
			assertThat(Duration.between(at, delivery.at())).isLessThan(Duration.ofSeconds(2));
		}

		String timedOut = await().atMost(Duration.ofSeconds(25))
			.until(() -> this.jdbc
				.sql("select a.response_excerpt from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id "
						+ "where d.company_id = ? and not a.succeeded and a.duration_ms >= 10000 limit 1")
				.param(company)
				.query(String.class)
				.optional()
				.orElse(null), (excerpt) -> excerpt != null);
		assertThat(timedOut).isEqualTo("No complete response within 10 seconds.");
		assertThat(this.api.page(TestTokens.user(company, UUID.randomUUID(), Role.OWNER)).getBody())
			.contains("No complete response within 10 seconds.", "badge bad");
	}

	/**
	 * A saved outcome frees its endpoint's slot and the next delivery is claimed at once,
	 * not at the next poll (250 ms): 100 queued deliveries to one endpoint, four at a
	 * time, would take 25 polls, 6.25 s, otherwise.
	 */
	@Test
	void aBacklogToOneEndpointDrainsWithoutWaitingForPolls() {
		UUID company = UUID.randomUUID();
		SmartLifecycle dispatcher = this.context.getBean("dispatcher", SmartLifecycle.class);
		dispatcher.stop();
		List<UUID> events = new ArrayList<>();
		try {
			createWebhook(company, receiver.url("/backlog"), "customer.created");
			for (int i = 0; i < 100; i++) {
				events.add(publish(company, "customer.created", customer()));
			}
			await().atMost(Duration.ofSeconds(20))
				.until(() -> this.jdbc.sql("select count(*) from webhook_delivery where company_id = ?")
					.param(company)
					.query(Integer.class)
					.single() == 100);
		}
		finally {
			dispatcher.start();
		}
		long start = System.nanoTime();

		List<Receiver.Received> received = receiver.awaitAll("/backlog", (r) -> true, 100);

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(received.stream().map((r) -> r.header("webhook-id")))
			.containsExactlyInAnyOrderElementsOf(events.stream().map(UUID::toString).toList());
	}

	@Test
	void aHostThatLaterResolvesToAMetadataAddressIsNotCalled() {
		UUID company = UUID.randomUUID();
		TestDns.answers.put("rebinding.example", List.of("93.184.215.14", "169.254.169.254"));
		createWebhook(company, "http://rebinding.example/hook", "customer.created");
		double blocked = attemptsCounted("blocked");
		UUID eventId = publish(company, "customer.created", customer());

		await().atMost(Duration.ofSeconds(20)).until(() -> attempts(eventId) == 1);
		assertThat(attemptsCounted("blocked")).isGreaterThan(blocked);

		assertThat(this.jdbc.sql("select response_excerpt from webhook_delivery where event_id = ?")
			.param(eventId)
			.query(String.class)
			.single())
			.isEqualTo("Not sent: The webhook URL resolves to a private or local network address "
					+ "(169.254.169.254, a cloud metadata address); only public internet addresses can be called.");
	}

	private JsonNode createWebhook(UUID company, String url, String type) {
		return this.api
			.create(TestTokens.apiKey(company, "webhooks:write"), Map.of("url", url, "events", List.of(type)))
			.getBody();
	}

	private static Map<String, String> standardHeaders(Receiver.Received delivery) {
		Map<String, String> headers = new HashMap<>();
		for (String name : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
			headers.put(name, delivery.header(name));
		}
		return headers;
	}

	/** {@code distribu.webhook.deliveries{outcome}}: attempts so far. */
	private double attemptsCounted(String outcome) {
		return this.meters.get("distribu.webhook.deliveries").tag("outcome", outcome).counter().count();
	}

	private String statusOf(UUID eventId) {
		return this.jdbc.sql("select status from webhook_delivery where event_id = ?")
			.param(eventId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** Attempts whose outcome is saved. */
	private int attempts(UUID eventId) {
		return this.jdbc
			.sql("select count(*) from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id "
					+ "where d.event_id = ?")
			.param(eventId)
			.query(Integer.class)
			.single();
	}

	static String hmacHex(byte[] body, String secret) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(body));
	}

}
