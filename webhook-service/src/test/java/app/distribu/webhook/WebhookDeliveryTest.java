package app.distribu.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
@TestPropertySource(properties = "distribu.webhooks.allow-private-targets=true")
class WebhookDeliveryTest {

	static Receiver receiver;

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void setUp() throws Exception {
		if (receiver == null) {
			receiver = new Receiver();
		}
		this.api = new Api(this.port);
	}

	@AfterAll
	static void stopReceiver() {
		receiver.close();
	}

	@Test
	void deliversAnApiOrderSignedOverTheExactBytesSent() throws Exception {
		UUID company = UUID.randomUUID();
		JsonNode webhook = createWebhook(company, receiver.url("/ok"), "order.created");
		UUID eventId = publish(company, "order.created", Map.of("orderId", "o-1", "number", 7, "source", "API"));

		Receiver.Received delivery = awaitDelivery(eventId);

		String expected = hmac(delivery.body(), webhook.path("secret").asString());
		assertThat(delivery.headers().getFirst("X-Distribu-Signature")).isEqualTo(expected);
		assertThat(delivery.headers().getFirst("X-Distribu-Event")).isEqualTo("order.created");
		assertThat(delivery.headers().getFirst("X-Distribu-Delivery")).isNotBlank();
		assertThat(delivery.headers().getFirst("Content-Type")).isEqualTo("application/json");
		JsonNode body = this.json.readTree(delivery.body());
		assertThat(body.propertyNames()).containsExactly("id", "type", "createdAt", "companyId", "data");
		assertThat(body.path("type").asString()).isEqualTo("order.created");
		assertThat(body.path("companyId").asString()).isEqualTo(company.toString());
		assertThat(body.path("data").path("number").asInt()).isEqualTo(7);
		await().atMost(Duration.ofSeconds(10)).until(() -> "SUCCEEDED".equals(statusOf(eventId)));
	}

	@Test
	void doesNotAnnounceDashboardOrders() {
		UUID company = UUID.randomUUID();
		createWebhook(company, receiver.url("/ok"), "order.created");
		UUID dashboard = publish(company, "order.created", Map.of("orderId", "o-1", "source", "DASHBOARD"));
		UUID storefront = publish(company, "order.created", Map.of("orderId", "o-2", "source", "STOREFRONT"));

		awaitDelivery(storefront);

		// Same company, same partition: the dashboard order was handled before the
		// storefront one.
		assertThat(receiver.received).noneMatch((r) -> r.text().contains(dashboard.toString()));
		assertThat(statusOf(dashboard)).isNull();
	}

	@Test
	void recordsAFailedDeliveryWhenTheReceiverAnswers500() {
		UUID company = UUID.randomUUID();
		createWebhook(company, receiver.url("/fail"), "customer.created");
		UUID eventId = publish(company, "customer.created", Map.of("customerId", "c-1", "name", "Corner Shop"));

		await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(statusOf(eventId)));

		Map<String, Object> row = this.jdbc
			.sql("select response_status, response_excerpt, duration_ms from webhook_delivery where event_id = ?")
			.param(eventId)
			.query()
			.singleRow();
		assertThat(row.get("response_status")).isEqualTo(500);
		assertThat(row.get("response_excerpt")).isEqualTo("boom: database unavailable");
		assertThat(row.get("duration_ms")).isNotNull();

		String page = this.api.page(TestTokens.user(company, UUID.randomUUID(), Role.OWNER)).getBody();
		assertThat(page).contains("customer.created", "500", "boom: database unavailable", "badge bad");
	}

	@Test
	void onlySubscribedActiveWebhooksOfTheEventsCompanyReceiveIt() {
		UUID company = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		createWebhook(company, receiver.url("/ok"), "order.cancelled");
		createWebhook(other, receiver.url("/ok"), "order.status_changed");
		UUID statusChanged = publish(company, "order.status_changed", Map.of("orderId", "o-1"));
		UUID cancelled = publish(company, "order.cancelled", Map.of("orderId", "o-1"));

		awaitDelivery(cancelled);

		assertThat(statusOf(statusChanged)).isNull();
	}

	private JsonNode createWebhook(UUID company, String url, String type) {
		return this.api
			.create(TestTokens.apiKey(company, "webhooks:write"), Map.of("url", url, "events", List.of(type)))
			.getBody();
	}

	private UUID publish(UUID company, String type, Map<String, Object> data) {
		String topic = type.startsWith("customer.") ? "customer.events" : "order.events";
		return TestEvents.publish(topic, company, type, data);
	}

	private Receiver.Received awaitDelivery(UUID eventId) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> receiver.received.stream().filter((r) -> r.text().contains(eventId.toString())).findFirst(),
					(found) -> found.isPresent())
			.orElseThrow();
	}

	private String statusOf(UUID eventId) {
		return this.jdbc.sql("select status from webhook_delivery where event_id = ?")
			.param(eventId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static String hmac(byte[] body, String secret) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(body));
	}

}
