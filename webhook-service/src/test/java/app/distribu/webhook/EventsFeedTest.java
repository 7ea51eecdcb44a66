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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.distribu.platform.contracts.EventContracts;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.TestTokens;
import app.distribu.webhook.feed.EventLog;

import static app.distribu.webhook.WebhookDeliveryTest.customer;
import static app.distribu.webhook.WebhookDeliveryTest.order;
import static app.distribu.webhook.WebhookDeliveryTest.publish;
import static app.distribu.webhook.WebhookDeliveryTest.statusChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code GET /api/v1/events}: every webhook event type, with the cursor contract. */
@WebhookServiceTest
class EventsFeedTest {

	@LocalServerPort
	int port;

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
