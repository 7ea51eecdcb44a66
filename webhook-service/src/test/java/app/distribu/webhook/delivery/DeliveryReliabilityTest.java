package app.distribu.webhook.delivery;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.distribu.platform.contracts.EventContracts;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;
import app.distribu.webhook.Api;
import app.distribu.webhook.Receiver;
import app.distribu.webhook.WebhookServiceTest;

import static app.distribu.webhook.WebhookEvents.customer;
import static app.distribu.webhook.WebhookEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Retries, receivers that are down, slow, gone or redirecting, automatic disabling and
 * the operator's actions, on a schedule shortened from days to seconds.
 */
@WebhookServiceTest
@TestPropertySource(properties = { "distribu.webhooks.attempt-timeout=2s", "distribu.webhooks.lease=4s",
		"distribu.webhooks.poll-interval=50ms", "distribu.webhooks.retry.first-wait=300ms",
		"distribu.webhooks.retry.max-wait=2s", "distribu.webhooks.retry.attempts=6",
		"distribu.webhooks.retry.jitter=0" })
class DeliveryReliabilityTest {

	static Receiver receiver;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	DeliveryRepository deliveries;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	PlatformTransactionManager transactions;

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
	void aReceiverThatFailsOnceGetsTheSameEventOnTheNextAttempt() {
		UUID company = UUID.randomUUID();
		receiver.on("/fails-once", Receiver.failing(1, 500));
		create(company, "/fails-once", "customer.created");
		UUID eventId = publish(company, "customer.created", customer());

		List<Receiver.Received> both = receiver.awaitAll("/fails-once", (r) -> r.text().contains(eventId.toString()),
				2);

		assertThat(both.get(0).header("X-Distribu-Attempt")).isEqualTo("1");
		assertThat(both.get(1).header("X-Distribu-Attempt")).isEqualTo("2");
		assertThat(both.get(1).body()).isEqualTo(both.get(0).body());
		assertThat(both.get(1).header("webhook-id")).isEqualTo(both.get(0).header("webhook-id"));
		assertThat(Duration.between(both.get(0).at(), both.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(250));
		await().atMost(Duration.ofSeconds(10)).until(() -> "SUCCEEDED".equals(status(eventId)));
		List<Map<String, Object>> attempts = attempts(eventId);
		assertThat(attempts).extracting((a) -> a.get("response_status")).containsExactly(500, 200);
		assertThat(attempts.get(0).get("next_attempt_at")).isNotNull();
	}

	@Test
	void aReceiverDownForAWhileGetsEveryEventOnceItIsBack() throws Exception {
		UUID company = UUID.randomUUID();
		int port;
		try (ServerSocket reserved = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			port = reserved.getLocalPort();
		}
		this.api.create(TestTokens.apiKey(company, "webhooks:write"),
				Map.of("url", "http://127.0.0.1:" + port + "/down", "events", List.of("customer.created")));
		List<UUID> events = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			events.add(publish(company, "customer.created", customer()));
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> events.stream().allMatch((id) -> attempts(id).size() >= 1));
		assertThat(attempts(events.get(0)).get(0).get("response_excerpt"))
			.isEqualTo("Could not connect to 127.0.0.1:" + port + ": connection refused.");

		try (Receiver back = new Receiver(port)) {
			List<Receiver.Received> received = back.awaitAll("/down", (r) -> true, 10);
			await().atMost(Duration.ofSeconds(20))
				.until(() -> events.stream().allMatch((id) -> "SUCCEEDED".equals(status(id))));
			assertThat(back.to("/down").stream().map((r) -> r.header("webhook-id")).toList())
				.containsExactlyInAnyOrderElementsOf(events.stream().map(UUID::toString).toList());
			assertThat(received).hasSize(10);
		}
	}

	@Test
	void retryAfterOn503IsHonoured() {
		UUID company = UUID.randomUUID();
		AtomicInteger calls = new AtomicInteger();
		receiver.on("/busy", (exchange, n) -> {
			if (calls.incrementAndGet() == 1) {
				exchange.getResponseHeaders().set("Retry-After", "2");
				Receiver.reply(exchange, 503, "busy, come back later");
			}
			else {
				Receiver.reply(exchange, 200, "thanks");
			}
		});
		create(company, "/busy", "customer.created");
		UUID eventId = publish(company, "customer.created", customer());

		List<Receiver.Received> both = receiver.awaitAll("/busy", (r) -> r.text().contains(eventId.toString()), 2);

		assertThat(Duration.between(both.get(0).at(), both.get(1).at()))
			.isGreaterThanOrEqualTo(Duration.ofMillis(1900));
	}

	@Test
	void goneTurnsTheWebhookOffAtOnceAndTellsTheOwners() {
		UUID company = UUID.randomUUID();
		receiver.on("/gone", Receiver.status(410, "this integration was removed"));
		String id = create(company, "/gone", "customer.created");
		UUID eventId = publish(company, "customer.created", customer());

		await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(status(eventId)));

		JsonNode webhook = this.api.get(TestTokens.apiKey(company, "webhooks:read"), "/api/v1/webhooks/" + id)
			.getBody();
		assertThat(webhook.path("active").asBoolean()).isFalse();
		assertThat(webhook.path("disabledReason").asString()).isEqualTo("GONE");
		JsonNode disabled = disabledEvent(company);
		assertThat(disabled.path("data").path("reason").asString()).isEqualTo("GONE");
		assertThat(disabled.path("data").path("lastError").asString()).isEqualTo("410 this integration was removed");
		assertThat(receiver.to("/gone")).hasSize(1);
		UUID later = publish(company, "customer.created", customer());
		await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).until(() -> status(later) == null);
		assertThat(this.api.page(TestTokens.user(company, UUID.randomUUID(), Role.ADMIN)).getBody())
			.contains("Turned off automatically: the endpoint answered 410 Gone.");
	}

	@Test
	void aRedirectIsAFailureAndIsNeverFollowed() {
		UUID company = UUID.randomUUID();
		receiver.on("/moved", Receiver.withHeader(301, "Location", receiver.url("/moved-here")));
		create(company, "/moved", "customer.created");
		UUID eventId = publish(company, "customer.created", customer());

		await().atMost(Duration.ofSeconds(20)).until(() -> attempts(eventId).size() >= 2);

		assertThat(attempts(eventId).get(0).get("response_excerpt").toString()).startsWith("Redirects are not followed")
			.contains(receiver.url("/moved-here"));
		assertThat(receiver.to("/moved-here")).isEmpty();
	}

	/**
	 * Every attempt fails until the schedule ends: the delivery fails for good, the
	 * webhook is turned off and the owners told. Once the receiver is fixed and the
	 * webhook turned on, "resend failed since" sends it once more, a test event goes
	 * through, and a redeliver sends that one again.
	 */
	@Test
	void persistentFailureTurnsTheWebhookOffAndTheOperatorRecoversEverything() {
		UUID company = UUID.randomUUID();
		AtomicBoolean fixed = new AtomicBoolean();
		receiver.on("/broken", (exchange, n) -> Receiver.reply(exchange, fixed.get() ? 200 : 500, "down"));
		String id = create(company, "/broken", "customer.created");
		String token = TestTokens.apiKey(company, "webhooks:read", "webhooks:write");
		UUID failing = publish(company, "customer.created", customer());

		await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(status(failing)));
		assertThat(attempts(failing)).hasSize(6);
		JsonNode webhook = this.api.get(token, "/api/v1/webhooks/" + id).getBody();
		assertThat(webhook.path("active").asBoolean()).isFalse();
		assertThat(webhook.path("disabledReason").asString()).isEqualTo("FAILING");
		assertThat(disabledEvent(company).path("data").path("reason").asString()).isEqualTo("FAILING");
		assertThat(EventContracts.violations(EventContracts.bodyOf(disabledEvent(company)))).isEmpty();
		String failed = deliveryOf(token, id, failing);
		assertThat(this.api.post(token, "/api/v1/webhooks/" + id + "/deliveries/" + failed + "/redeliver", null)
			.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

		fixed.set(true);
		this.api.patch(token, id, Map.of("active", true));
		JsonNode resent = this.api
			.post(token, "/api/v1/webhooks/" + id + "/resend-failed", Map.of("since", "2000-01-01T00:00:00Z"))
			.getBody();
		assertThat(resent.path("queued").asInt()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> "SUCCEEDED".equals(status(failing)));
		assertThat(attempts(failing)).hasSize(7);

		String testEvent = this.api.post(token, "/api/v1/webhooks/" + id + "/test", null)
			.getBody()
			.path("eventId")
			.asString();
		Receiver.Received test = receiver.await("/broken", testEvent);
		assertThat(test.header("X-Distribu-Event")).isEqualTo("webhook.test");
		assertThat(EventContracts.violations(this.json.readTree(test.body()))).isEmpty();
		await().atMost(Duration.ofSeconds(10)).until(() -> "SUCCEEDED".equals(status(UUID.fromString(testEvent))));
		String testDelivery = deliveryOf(token, id, UUID.fromString(testEvent));
		assertThat(this.api.post(token, "/api/v1/webhooks/" + id + "/deliveries/" + testDelivery + "/redeliver", null)
			.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		List<Receiver.Received> twice = receiver.awaitAll("/broken", (r) -> r.text().contains(testEvent), 2);
		assertThat(twice.get(1).body()).isEqualTo(twice.get(0).body());
		assertThat(twice.get(1).header("X-Distribu-Attempt")).isEqualTo("2");
		assertThat(this.api.get(token, "/api/v1/webhooks/" + id).getBody().path("active").asBoolean()).isTrue();
	}

	private String deliveryOf(String token, String webhookId, UUID eventId) {
		return this.api.get(token, "/api/v1/webhooks/" + webhookId + "/deliveries")
			.getBody()
			.path("data")
			.valueStream()
			.filter((d) -> d.path("eventId").asString().equals(eventId.toString()))
			.findFirst()
			.orElseThrow()
			.path("id")
			.asString();
	}

	/**
	 * A Kafka redelivery of the same event and the retries of a failing receiver: one
	 * delivery, and every request with that webhook-id carries the same bytes.
	 */
	@Test
	void theSameEventIdNeverReachesAnEndpointAsTwoDifferentEvents() {
		UUID company = UUID.randomUUID();
		receiver.on("/idempotent", Receiver.failing(2, 502));
		create(company, "/idempotent", "customer.created");
		UUID eventId = UUID.randomUUID();
		Map<String, Object> data = customer();
		java.time.Instant at = java.time.Instant.now();
		TestEvents.publish("customer.events", company, "customer.created", data, eventId, at);
		TestEvents.publish("customer.events", company, "customer.created", data, eventId, at);

		await().atMost(Duration.ofSeconds(20)).until(() -> "SUCCEEDED".equals(status(eventId)));

		assertThat(this.jdbc.sql("select count(*) from webhook_delivery where event_id = ?")
			.param(eventId)
			.query(Integer.class)
			.single()).isEqualTo(1);
		List<Receiver.Received> requests = receiver.to("/idempotent");
		assertThat(requests).hasSize(3);
		assertThat(requests.stream().map((r) -> r.header("webhook-id")).distinct()).containsExactly(eventId.toString());
		assertThat(requests.stream().map(Receiver.Received::text).distinct()).hasSize(1);
	}

	@Test
	void aSlowEndpointGetsAtMostItsShareOfAttemptsAtOnce() {
		UUID company = UUID.randomUUID();
		AtomicInteger now = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		receiver.on("/slow", (exchange, n) -> {
			most.accumulateAndGet(now.incrementAndGet(), Math::max);
			Receiver.pause(Duration.ofMillis(300));
			now.decrementAndGet();
			Receiver.reply(exchange, 200, "ok");
		});
		create(company, "/slow", "customer.created");
		List<UUID> events = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			events.add(publish(company, "customer.created", customer()));
		}

		await().atMost(Duration.ofSeconds(30))
			.until(() -> events.stream().allMatch((id) -> "SUCCEEDED".equals(status(id))));

		assertThat(most.get()).isBetween(2, 4);
		assertThat(receiver.to("/slow")).hasSize(16);
	}

	/**
	 * Replicas claiming at once never take the same delivery twice, and all of them
	 * together hold at most four attempts per endpoint.
	 */
	@Test
	void replicasClaimingAtOnceNeverShareADeliveryNorExceedTheEndpointsShare() throws Exception {
		this.dispatcher.stop();
		try {
			UUID company = UUID.randomUUID();
			List<String> webhooks = List.of(create(company, "/claims-a", "customer.created"),
					create(company, "/claims-b", "customer.created"), create(company, "/claims-c", "customer.created"));
			List<UUID> events = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				events.add(publish(company, "customer.created", customer()));
			}
			await().atMost(Duration.ofSeconds(20))
				.until(() -> this.jdbc
					.sql("select count(*) from webhook_delivery where company_id = ? and status = 'PENDING'")
					.param(company)
					.query(Integer.class)
					.single() == 30);

			TransactionTemplate transaction = new TransactionTemplate(this.transactions);
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService replicas = Executors.newFixedThreadPool(8);
			List<Callable<List<Claimed>>> claims = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				claims.add(() -> {
					start.await();
					List<Claimed> mine = new ArrayList<>();
					for (int round = 0; round < 5; round++) {
						mine.addAll(
								transaction.execute((status) -> this.deliveries.claim(4, 3, Duration.ofMinutes(1))));
					}
					return mine;
				});
			}
			List<Future<List<Claimed>>> results = claims.stream().map(replicas::submit).toList();
			start.countDown();
			List<Claimed> claimed = new ArrayList<>();
			for (Future<List<Claimed>> result : results) {
				claimed.addAll(result.get());
			}
			replicas.shutdown();

			List<Claimed> ours = claimed.stream().filter((c) -> c.companyId().equals(company)).toList();
			Set<UUID> distinct = new HashSet<>(ours.stream().map(Claimed::id).toList());
			assertThat(distinct).hasSize(ours.size());
			Map<UUID, Long> perEndpoint = ours.stream()
				.collect(Collectors.groupingBy(Claimed::endpointId, ConcurrentHashMap::new, Collectors.counting()));
			assertThat(perEndpoint.values()).hasSize(webhooks.size()).allMatch((count) -> count == 4);
		}
		finally {
			this.dispatcher.start();
		}
	}

	private String create(UUID company, String path, String type) {
		return this.api
			.create(TestTokens.apiKey(company, "webhooks:write"),
					Map.of("url", receiver.url(path), "events", List.of(type)))
			.getBody()
			.path("id")
			.asString();
	}

	private String status(UUID eventId) {
		return this.jdbc.sql("select status from webhook_delivery where event_id = ?")
			.param(eventId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private List<Map<String, Object>> attempts(UUID eventId) {
		return this.jdbc
			.sql("select a.* from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id "
					+ "where d.event_id = ? order by a.number")
			.param(eventId)
			.query()
			.listOfRows();
	}

	private JsonNode disabledEvent(UUID company) {
		String payload = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc
				.sql("select payload from outbox_event where company_id = ? and topic = 'webhook.events' "
						+ "and event_type = 'webhook.disabled'")
				.param(company)
				.query(String.class)
				.optional()
				.orElse(null), (found) -> found != null);
		return this.json.readTree(payload);
	}

}
