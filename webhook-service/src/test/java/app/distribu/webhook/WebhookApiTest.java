package app.distribu.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.distribu.platform.contracts.EventContracts;
import app.distribu.platform.secrets.SecretBox;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.TestTokens;
import app.distribu.webhook.feed.EventLog;

import static app.distribu.webhook.WebhookEvents.customer;
import static app.distribu.webhook.WebhookEvents.order;
import static app.distribu.webhook.WebhookEvents.publish;
import static app.distribu.webhook.WebhookEvents.statusChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The webhook management API, the settings page, and the events feed. */
@WebhookServiceTest
class WebhookApiTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SecretBox box;

	@Autowired
	ApplicationContext context;

	@Autowired
	EventLog log;

	@Autowired
	PlatformTransactionManager transactions;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.port);
	}

	@Test
	void createsListsAndDeletesAWebhookShowingTheSecretOnlyToItsWriters() {
		String token = TestTokens.apiKey(UUID.randomUUID(), "webhooks:read", "webhooks:write");

		ResponseEntity<JsonNode> created = this.api.create(token, Map.of("url", "https://partner.example/hooks",
				"events", List.of("order.created", "order.cancelled"), "description", "ERP orders"));

		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode webhook = created.getBody();
		assertThat(webhook.path("secret").asString()).matches("whsec_[A-Za-z0-9+/]{43}=");
		assertThat(webhook.path("url").asString()).isEqualTo("https://partner.example/hooks");
		assertThat(webhook.path("description").asString()).isEqualTo("ERP orders");
		assertThat(webhook.path("active").asBoolean()).isTrue();
		assertThat(webhook.path("includeDashboardOrders").asBoolean()).isFalse();
		assertThat(webhook.path("createdAt").asString()).isNotBlank();
		assertThat(webhook.path("events")).extracting(JsonNode::asString)
			.containsExactly("order.created", "order.cancelled");
		String id = webhook.path("id").asString();

		JsonNode listed = this.api.list(token).getBody().path("data");
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).path("id").asString()).isEqualTo(id);
		assertThat(listed.get(0).has("secret")).isFalse();
		assertThat(this.api.get(token, "/api/v1/webhooks/" + id).getBody().has("secret")).isFalse();
		ResponseEntity<JsonNode> secret = this.api.get(token, "/api/v1/webhooks/" + id + "/secret");
		assertThat(secret.getBody().path("secret").asString()).isEqualTo(webhook.path("secret").asString());
		assertThat(secret.getHeaders().getCacheControl()).contains("no-store");
		ResponseEntity<JsonNode> readOnly = this.api.get(TestTokens.apiKey(UUID.randomUUID(), "webhooks:read"),
				"/api/v1/webhooks/" + id + "/secret");
		assertThat(readOnly.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		assertThat(this.api.delete(token, id).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.api.list(token).getBody().path("data")).isEmpty();
	}

	@Test
	void patchTurnsTheWebhookOffAndChangesOnlyWhatItNames() {
		String token = TestTokens.apiKey(UUID.randomUUID(), "webhooks:read", "webhooks:write");
		String id = create(token, "https://partner.example/a", "order.created");

		ResponseEntity<JsonNode> off = this.api.patch(token, id, Map.of("active", false));
		assertThat(off.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(off.getBody().path("active").asBoolean()).isFalse();
		assertThat(off.getBody().path("url").asString()).isEqualTo("https://partner.example/a");
		assertThat(off.getBody().has("disabledReason")).isFalse();

		JsonNode changed = this.api.patch(token, id,
				Map.of("url", "https://partner.example/b", "events", List.of("order.cancelled", "customer.created"),
						"description", "Warehouse", "includeDashboardOrders", true, "active", true))
			.getBody();
		assertThat(changed.path("url").asString()).isEqualTo("https://partner.example/b");
		assertThat(changed.path("events")).extracting(JsonNode::asString)
			.containsExactly("order.cancelled", "customer.created");
		assertThat(changed.path("description").asString()).isEqualTo("Warehouse");
		assertThat(changed.path("includeDashboardOrders").asBoolean()).isTrue();
		assertThat(changed.path("active").asBoolean()).isTrue();
		assertThat(this.api.get(token, "/api/v1/webhooks/" + id).getBody()).isEqualTo(changed);

		ResponseEntity<JsonNode> badUrl = this.api.patch(token, id, Map.of("url", "https://example.com:99999/"));
		assertThat(badUrl.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(badUrl.getBody().path("detail").asString())
			.isEqualTo("The webhook URL has an invalid port (99999).");
		ResponseEntity<JsonNode> withPassword = this.api.patch(token, id,
				Map.of("url", "https://partner:secret@partner.example/b"));
		assertThat(withPassword.getBody().path("detail").asString()).isEqualTo(
				"The webhook URL must not contain a user name or password. Put a token in the path or query instead.");
		ResponseEntity<JsonNode> noEvents = this.api.patch(token, id, Map.of("events", List.of()));
		assertThat(noEvents.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<JsonNode> unknown = this.api.patch(token, id, Map.of("events", List.of("order.deleted")));
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.api.get(token, "/api/v1/webhooks/" + id).getBody()).isEqualTo(changed);
	}

	@Test
	void refusesAnUnknownEventTypeAndAMissingScope() {
		UUID company = UUID.randomUUID();

		ResponseEntity<JsonNode> unknown = this.api.create(TestTokens.apiKey(company, "webhooks:write"),
				Map.of("url", "https://partner.example/hooks", "events", List.of("order.deleted")));
		ResponseEntity<JsonNode> noScope = this.api.create(TestTokens.apiKey(company, "webhooks:read"),
				Map.of("url", "https://partner.example/hooks", "events", List.of("order.created")));

		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unknown.getBody().path("errors").path("events[0]").asString())
			.startsWith("Unknown event type. Use order.created, order.status_changed, ")
			.contains(EventContracts.webhookTypes())
			.endsWith(" or customer.created.");
		assertThat(noScope.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(noScope.getBody().path("detail").asString()).contains("webhooks:write");
	}

	@Test
	void anotherCompanyCanNeitherSeeNorTouchTheWebhook() {
		String tokenA = TestTokens.apiKey(UUID.randomUUID(), "webhooks:read", "webhooks:write");
		String tokenB = TestTokens.apiKey(UUID.randomUUID(), "webhooks:read", "webhooks:write");
		String id = create(tokenA, "https://partner.example/a", "customer.created");
		String base = "/api/v1/webhooks/" + id;

		assertThat(this.api.list(tokenB).getBody().path("data")).isEmpty();
		assertThat(List.of(this.api.get(tokenB, base), this.api.get(tokenB, base + "/secret"),
				this.api.get(tokenB, base + "/deliveries"), this.api.patch(tokenB, id, Map.of("active", false)),
				this.api.post(tokenB, base + "/rotate-secret", Map.of()), this.api.post(tokenB, base + "/test", null),
				this.api.post(tokenB, base + "/resend-failed", Map.of("since", "2020-01-01T00:00:00Z")),
				this.api.post(tokenB, base + "/deliveries/" + UUID.randomUUID() + "/redeliver", null),
				this.api.delete(tokenB, id)))
			.allSatisfy((response) -> assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
		JsonNode untouched = this.api.get(tokenA, base).getBody();
		assertThat(untouched.path("active").asBoolean()).isTrue();
		String other = TestTokens.user(UUID.randomUUID(), UUID.randomUUID(), Role.OWNER);
		assertThat(this.api.page(other).getBody()).doesNotContain("https://partner.example/a");
		assertThat(this.api.page(other, "/dashboard/settings/webhooks/" + id + "/secret").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(
				this.api.form(other, "/dashboard/settings/webhooks/" + id + "/active", "active=false").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.get(tokenA, base).getBody().path("active").asBoolean()).isTrue();
	}

	@Test
	void secretsAreSealedAtRestAndARotationKeepsTheOldOneSigningForTheOverlap() {
		String token = TestTokens.apiKey(UUID.randomUUID(), "webhooks:read", "webhooks:write");
		JsonNode created = this.api
			.create(token, Map.of("url", "https://partner.example/r", "events", List.of("order.created")))
			.getBody();
		String id = created.path("id").asString();
		String first = created.path("secret").asString();

		String stored = storedSecret(id);
		assertThat(stored).startsWith("enc:v1:").doesNotContain(first.substring(6));
		assertThat(this.box.open(stored)).isEqualTo(first);

		JsonNode rotated = this.api.post(token, "/api/v1/webhooks/" + id + "/rotate-secret", Map.of("overlapHours", 24))
			.getBody();
		assertThat(rotated.path("secret").asString()).startsWith("whsec_").isNotEqualTo(first);
		assertThat(rotated.path("previousSecret").asString()).isEqualTo(first);
		assertThat(Instant.parse(rotated.path("previousSecretExpiresAt").asString()))
			.isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));
		assertThat(this.api.get(token, "/api/v1/webhooks/" + id + "/secret").getBody()).isEqualTo(rotated);
		assertThat(storedSecret(id)).doesNotContain(rotated.path("secret").asString().substring(6));

		JsonNode now = this.api.post(token, "/api/v1/webhooks/" + id + "/rotate-secret", Map.of("overlapHours", 0))
			.getBody();
		assertThat(now.has("previousSecret")).isFalse();
		assertThat(this.api.post(token, "/api/v1/webhooks/" + id + "/rotate-secret", Map.of("overlapHours", 200))
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void plainTextSecretsLeftByOlderVersionsAreSealedAtStart() throws Exception {
		UUID id = UUID.randomUUID();
		UUID company = UUID.randomUUID();
		String plain = "whsec_b2xkLXN0eWxlLXNlY3JldC1mcm9tLWJlZm9yZS1zZWFs";
		this.jdbc.sql("insert into webhook_endpoint (id, company_id, url, secret, events) values (?, ?, ?, ?, ?)")
			.params(id, company, "https://partner.example/old", plain, new String[] { "order.created" })
			.update();

		this.context.getBean("sealingSecrets", ApplicationRunner.class).run(null);

		assertThat(storedSecret(id.toString())).startsWith("enc:v1:").doesNotContain(plain);
		assertThat(this.api.get(TestTokens.apiKey(company, "webhooks:write"), "/api/v1/webhooks/" + id + "/secret")
			.getBody()
			.path("secret")
			.asString()).isEqualTo(plain);
	}

	@Test
	void settingsPageIsForOwnersAndAdminsOnly() {
		UUID company = UUID.randomUUID();
		create(TestTokens.apiKey(company, "webhooks:write"), "https://partner.example/page", "order.created");

		ResponseEntity<String> admin = this.api.page(TestTokens.user(company, UUID.randomUUID(), Role.ADMIN));
		ResponseEntity<String> member = this.api.page(TestTokens.user(company, UUID.randomUUID(), Role.MEMBER));

		assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(admin.getBody()).contains("https://partner.example/page", "Active", "No deliveries yet.", "Turn off",
				"Send test event", "Reveal secret", "about 3 days");
		assertThat(member.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void onThePageAWebhookIsCreatedItsSecretShownOnItsOwnPageAndTheActiveToggleRedirects() {
		UUID company = UUID.randomUUID();
		String owner = TestTokens.user(company, UUID.randomUUID(), Role.OWNER);

		ResponseEntity<String> created = this.api.form(owner, "/dashboard/settings/webhooks",
				"url=https%3A%2F%2Fpartner.example%2Fpage&events=order.created&events=product.low_stock");
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		String location = created.getHeaders().getLocation().toString();
		assertThat(location).matches("/dashboard/settings/webhooks/[0-9a-f-]{36}/secret\\?created");
		String id = location.split("/")[4];
		ResponseEntity<String> secretPage = this.api.page(owner, location);
		assertThat(secretPage.getBody()).contains("Webhook created.", "whsec_");
		assertThat(secretPage.getHeaders().getCacheControl()).contains("no-store");

		ResponseEntity<String> off = this.api.form(owner, "/dashboard/settings/webhooks/" + id + "/active",
				"active=false");
		assertThat(off.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(off.getHeaders().getLocation().toString())
			.isEqualTo("/dashboard/settings/webhooks?notice=off#webhook-" + id);
		assertThat(this.api.page(owner, "/dashboard/settings/webhooks?notice=off").getBody())
			.contains("Webhook turned off.", "Inactive", "Turn on");
		assertThat(this.api.get(TestTokens.apiKey(company, "webhooks:read"), "/api/v1/webhooks/" + id)
			.getBody()
			.path("active")
			.asBoolean()).isFalse();

		ResponseEntity<String> refused = this.api.form(owner, "/dashboard/settings/webhooks",
				"url=ftp%3A%2F%2Fpartner.example%2Fx&events=order.created&description=Kept");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(refused.getBody()).contains("The webhook URL must start with http:// or https://.",
				"ftp://partner.example/x", "value=\"Kept\"");
	}

	@Test
	void oneTestEventCanBeSentAndIsRefusedWhileTheWebhookIsOff() {
		String token = TestTokens.apiKey(UUID.randomUUID(), "webhooks:read", "webhooks:write");
		String id = create(token, "https://partner.example/t", "order.created");
		this.api.patch(token, id, Map.of("active", false));

		ResponseEntity<JsonNode> refused = this.api.post(token, "/api/v1/webhooks/" + id + "/test", null);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(refused.getBody().path("detail").asString())
			.isEqualTo("The webhook is off. Turn it on to send a test event.");
		assertThat(this.api.call(HttpMethod.GET, token, "/api/v1/webhooks/" + id + "/deliveries", null)
			.getBody()
			.path("data")).isEmpty();
	}

	private String create(String token, String url, String type) {
		return this.api.create(token, Map.of("url", url, "events", List.of(type))).getBody().path("id").asString();
	}

	private String storedSecret(String id) {
		return this.jdbc.sql("select secret from webhook_endpoint where id = ?")
			.param(UUID.fromString(id))
			.query(String.class)
			.single();
	}

	@Test
	void listsEveryEventTypeOfTheCompanyInOrderPageByPageWithTheWebhookBody() {
		UUID company = UUID.randomUUID();
		String token = TestTokens.apiKey(company, "orders:read", "products:read", "customers:read");
		List<UUID> orderEvents = List.of(publish(company, "order.created", order("API")),
				publish(company, "order.created", order("DASHBOARD")),
				publish(company, "order.status_changed", statusChange()), publish(company, "order.cancelled",
						Map.of("orderId", UUID.randomUUID(), "number", 9, "lines", List.of())));
		UUID customer = publish(company, "customer.created", customer());
		UUID lowStock = publish(company, "product.low_stock",
				Map.of("productId", UUID.randomUUID(), "sku", "WDG-1", "name", "Widget", "stock", 2, "threshold", 5));

		JsonNode all = await().atMost(Duration.ofSeconds(30))
			.until(() -> feed(token, "?limit=100").getBody(), (page) -> page.path("data").size() == 6);
		List<String> ids = all.path("data").valueStream().map((e) -> e.path("id").asString()).toList();
		assertThat(ids).containsAll(List.of(customer.toString(), lowStock.toString()));
		assertThat(ids.stream().filter((id) -> orderEvents.contains(UUID.fromString(id))).toList())
			.as("one topic's events keep their order")
			.containsExactlyElementsOf(orderEvents.stream().map(UUID::toString).toList());
		assertThat(all.path("data").valueStream().toList())
			.allSatisfy((event) -> assertThat(EventContracts.violations(event)).isEmpty());
		assertThat(all.path("hasMore").asBoolean()).isFalse();

		List<JsonNode> paged = new ArrayList<>();
		String cursor = "";
		JsonNode page;
		do {
			page = feed(token, "?limit=2&after=" + cursor).getBody();
			page.path("data").forEach(paged::add);
			cursor = page.path("nextCursor").asString();
		}
		while (page.path("hasMore").asBoolean());
		assertThat(paged).containsExactlyElementsOf(all.path("data").valueStream().toList());

		JsonNode caughtUp = feed(token, "?after=" + cursor).getBody();
		assertThat(caughtUp.path("data")).isEmpty();
		assertThat(caughtUp.path("nextCursor").asString()).isEqualTo(cursor);
		UUID later = publish(company, "order.status_changed", statusChange());
		JsonNode next = await().atMost(Duration.ofSeconds(30))
			.until(() -> feed(token, "?after=" + caughtUp.path("nextCursor").asString()).getBody(),
					(p) -> p.path("data").size() == 1);
		assertThat(next.path("data").get(0).path("id").asString()).isEqualTo(later.toString());
	}

	@Test
	void showsOnlyTheCallersCompanyAndTheTypesItsKeyMayRead() {
		UUID company = UUID.randomUUID();
		UUID order = publish(company, "order.created", order("STOREFRONT"));
		UUID customer = publish(company, "customer.created", customer());
		String everything = TestTokens.user(company, UUID.randomUUID(), Role.MEMBER);
		await().atMost(Duration.ofSeconds(30)).until(() -> feed(everything, "").getBody().path("data").size() == 2);

		assertThat(ids(feed(TestTokens.apiKey(company, "orders:read"), ""))).containsExactly(order.toString());
		assertThat(ids(feed(TestTokens.apiKey(company, "customers:read"), ""))).containsExactly(customer.toString());
		assertThat(ids(feed(TestTokens.apiKey(UUID.randomUUID(), "orders:read", "customers:read"), ""))).isEmpty();
		ResponseEntity<JsonNode> noScope = feed(TestTokens.apiKey(company, "orders:write"), "");
		assertThat(noScope.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(noScope.getBody().path("detail").asString()).contains("orders:read");
		ResponseEntity<JsonNode> badCursor = feed(TestTokens.apiKey(company, "orders:read"), "?after=nonsense");
		assertThat(badCursor.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(badCursor.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
	}

	/**
	 * Replicas record a company's events at once, in transactions that end in any order;
	 * a reader polling meanwhile still sees each exactly once.
	 */
	@Test
	void aReaderPollingWhileEventsAreRecordedConcurrentlySeesEachExactlyOnce() throws Exception {
		UUID company = UUID.randomUUID();
		String token = TestTokens.apiKey(company, "orders:read");
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService replicas = Executors.newFixedThreadPool(30);
		List<String> recorded = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			UUID id = UUID.randomUUID();
			recorded.add(id.toString());
			replicas.submit(() -> {
				start.await();
				transaction.executeWithoutResult((status) -> {
					this.log.appendToFeed(id, company, "order.created",
							"{\"id\":\"" + id + "\",\"type\":\"order.created\"}", Instant.now());
					Receiver.pause(Duration.ofMillis(ThreadLocalRandom.current().nextInt(30)));
				});
				return null;
			});
		}
		start.countDown();
		replicas.shutdown();

		List<String> seen = new ArrayList<>();
		String[] cursor = { "" };
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
			JsonNode page = feed(token, "?limit=7&after=" + cursor[0]).getBody();
			page.path("data").forEach((event) -> seen.add(event.path("id").asString()));
			cursor[0] = page.path("nextCursor").asString();
			return seen.size() >= 30 && replicas.isTerminated();
		});

		assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(recorded);
	}

	private ResponseEntity<JsonNode> feed(String token, String query) {
		return this.api.get(token, "/api/v1/events" + query);
	}

	private static List<String> ids(ResponseEntity<JsonNode> page) {
		return page.getBody().path("data").valueStream().map((e) -> e.path("id").asString()).toList();
	}

}
