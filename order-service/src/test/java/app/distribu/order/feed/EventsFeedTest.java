package app.distribu.order.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import app.distribu.order.FakeUpstreams;
import app.distribu.order.OrdersApi;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static app.distribu.order.OrdersApi.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class EventsFeedTest {

	static final FakeUpstreams upstreams = new FakeUpstreams();

	static final TopicReader orderEvents = new TopicReader("order.events");

	@DynamicPropertySource
	static void upstreams(DynamicPropertyRegistry registry) {
		registry.add("distribu.catalog-url", upstreams::url);
		registry.add("distribu.customer-url", upstreams::url);
	}

	@AfterAll
	static void closeReader() {
		orderEvents.close();
	}

	@LocalServerPort
	int port;

	@Test
	void listsTheCompanysOrderEventsInOrderPageByPageWithTheWebhookEnvelope() {
		UUID company = UUID.randomUUID();
		String token = TestTokens.apiKey(company, "orders:write", "orders:read");
		String first = order(token);
		String second = order(token);
		patch(token, first, "SHIPPED");
		api().post(token, "/api/v1/orders/" + second + "/cancel", Map.of());

		JsonNode all = feed(token, "?limit=100").getBody();
		assertThat(all.path("data").valueStream().map((e) -> e.path("type").asString()).toList()).containsExactly(
				"order.created", "order.created", "order.status_changed", "order.status_changed", "order.cancelled");
		JsonNode created = all.path("data").get(0);
		assertThat(created.path("companyId").asString()).isEqualTo(company.toString());
		assertThat(created.path("data").path("orderId").asString()).isEqualTo(first);
		assertThat(created.path("createdAt").asString()).isNotBlank();
		assertThat(all.path("hasMore").asBoolean()).isFalse();
		JsonNode onKafka = orderEvents.awaitFirst(company, "order.created",
				(event) -> first.equals(event.path("data").path("orderId").asString()));
		assertThat(created.path("id").asString()).isEqualTo(onKafka.path("id").asString());

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
		String third = order(token);
		JsonNode next = feed(token, "?after=" + cursor).getBody();
		assertThat(next.path("data")).hasSize(1);
		assertThat(next.path("data").get(0).path("data").path("orderId").asString()).isEqualTo(third);
	}

	@Test
	void showsOnlyTheCallersCompanyAndNeedsOrdersRead() {
		UUID company = UUID.randomUUID();
		order(TestTokens.apiKey(company, "orders:write"));

		assertThat(feed(TestTokens.apiKey(UUID.randomUUID(), "orders:read"), "").getBody().path("data")).isEmpty();
		ResponseEntity<JsonNode> noScope = feed(TestTokens.apiKey(company, "orders:write"), "");
		assertThat(noScope.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(noScope.getBody().path("detail").asString()).contains("orders:read");
		ResponseEntity<JsonNode> badCursor = feed(TestTokens.apiKey(company, "orders:read"), "?after=nonsense");
		assertThat(badCursor.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(badCursor.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
	}

	@Test
	void aReaderPollingWhileOrdersCommitConcurrentlySeesEveryEventExactlyOnce() throws Exception {
		UUID company = UUID.randomUUID();
		String token = TestTokens.apiKey(company, "orders:write", "orders:read");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService clients = Executors.newFixedThreadPool(30);
		List<Future<String>> created = IntStream.range(0, 30).mapToObj((i) -> clients.submit(() -> {
			start.await();
			return order(token);
		})).toList();
		start.countDown();
		clients.shutdown();

		List<String> seen = new ArrayList<>();
		String[] cursor = { "" };
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
			JsonNode page = feed(token, "?limit=7&after=" + cursor[0]).getBody();
			page.path("data").forEach((event) -> seen.add(event.path("data").path("orderId").asString()));
			cursor[0] = page.path("nextCursor").asString();
			return seen.size() >= 30 && clients.isTerminated();
		});

		List<String> ids = new ArrayList<>();
		for (Future<String> id : created) {
			ids.add(id.get());
		}
		assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
	}

	private String order(String token) {
		UUID customer = UUID.randomUUID();
		upstreams.customers.put(customer, "ACTIVE");
		ResponseEntity<JsonNode> created = api().post(token, "/api/v1/orders",
				Map.of("customerId", customer, "lines", List.of(line("FEED-1", 1))));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return created.getBody().path("id").asString();
	}

	private void patch(String token, String id, String status) {
		RestClient.create("http://localhost:" + this.port)
			.patch()
			.uri("/api/v1/orders/{id}", id)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("status", status))
			.retrieve()
			.toBodilessEntity();
	}

	private ResponseEntity<JsonNode> feed(String token, String query) {
		return api().get(token, "/api/v1/events" + query);
	}

	private OrdersApi api() {
		return new OrdersApi(this.port);
	}

}
