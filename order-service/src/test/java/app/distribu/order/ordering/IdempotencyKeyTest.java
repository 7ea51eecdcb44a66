package app.distribu.order.ordering;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.distribu.order.FakeUpstreams;
import app.distribu.order.OrderServiceTest;
import app.distribu.order.OrdersApi;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static app.distribu.order.OrdersApi.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OrderServiceTest
class IdempotencyKeyTest {

	@Autowired
	FakeUpstreams upstreams;

	@Autowired
	TopicReader orderEvents;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSameKeyAndBodyAnswersTheFirstResponseAgainAndCreatesOneOrder() {
		UUID company = UUID.randomUUID();
		String token = TestTokens.apiKey(company, "orders:write");
		Map<String, Object> body = order(this.upstreams.activeCustomer(), "IDEM-1", 2);

		ResponseEntity<JsonNode> first = post(token, "key-1", body);
		ResponseEntity<JsonNode> again = post(token, "key-1", body);

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(again.getBody()).isEqualTo(first.getBody());
		assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(ordersOf(company)).isEqualTo(1);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.orderEvents.events(company, "order.created").size() == 1);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.orderEvents.events(company, "order.created").size() == 1);
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefused() {
		UUID company = UUID.randomUUID();
		String token = TestTokens.apiKey(company, "orders:write");
		UUID customer = this.upstreams.activeCustomer();
		post(token, "key-2", order(customer, "IDEM-2", 1));

		ResponseEntity<JsonNode> other = post(token, "key-2", order(customer, "IDEM-2", 5));

		assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(other.getBody().path("detail").asString()).isEqualTo(
				"This Idempotency-Key was already used with a different request body. Use a new key for a new request.");
		assertThat(ordersOf(company)).isEqualTo(1);
	}

	@Test
	void keysBelongToOneCallerAndExpireAfterADay() {
		UUID company = UUID.randomUUID();
		Map<String, Object> body = order(this.upstreams.activeCustomer(), "IDEM-3", 1);
		String firstKey = TestTokens.apiKey(company, "orders:write");
		String secondKey = TestTokens.apiKey(company, "orders:write");

		String first = post(firstKey, "shared", body).getBody().path("id").asString();
		String second = post(secondKey, "shared", body).getBody().path("id").asString();
		this.jdbc.sql("update idempotency_key set created_at = now() - interval '25 hours' where company_id = ?")
			.param(company)
			.update();
		String afterADay = post(firstKey, "shared", body).getBody().path("id").asString();

		assertThat(List.of(first, second, afterADay)).doesNotHaveDuplicates();
		assertThat(ordersOf(company)).isEqualTo(3);
	}

	@Test
	void concurrentRequestsWithOneKeyCreateOneOrderAndAllGetItsAnswer() throws Exception {
		UUID company = UUID.randomUUID();
		String token = TestTokens.apiKey(company, "orders:write");
		String sku = "IDEM-RACE-" + company;
		this.upstreams.stock(sku, 100);
		Map<String, Object> body = order(this.upstreams.activeCustomer(), sku, 7);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService clients = Executors.newFixedThreadPool(10);
		List<Future<ResponseEntity<JsonNode>>> answers = IntStream.range(0, 10).mapToObj((i) -> clients.submit(() -> {
			start.await();
			return post(token, "race", body);
		})).toList();
		start.countDown();
		clients.shutdown();

		String id = answers.get(0).get().getBody().path("id").asString();
		for (Future<ResponseEntity<JsonNode>> answer : answers) {
			assertThat(answer.get().getStatusCode()).isEqualTo(HttpStatus.CREATED);
			assertThat(answer.get().getBody().path("id").asString()).isEqualTo(id);
		}
		assertThat(ordersOf(company)).isEqualTo(1);
		assertThat(this.upstreams.stock(sku)).isEqualTo(93);
		assertThat(this.upstreams.held(sku)).isEqualTo(7);
	}

	@Test
	void refusesAMalformedKey() {
		ResponseEntity<JsonNode> refused = post(TestTokens.apiKey(UUID.randomUUID(), "orders:write"), "has space",
				order(this.upstreams.activeCustomer(), "IDEM-4", 1));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().path("detail").asString())
			.isEqualTo("Idempotency-Key must be 1 to 255 visible ASCII characters.");
	}

	private ResponseEntity<JsonNode> post(String token, String key, Map<String, Object> body) {
		return new OrdersApi(this.port).post(token, "/api/v1/orders", body, Map.of("Idempotency-Key", key));
	}

	private static Map<String, Object> order(UUID customer, String sku, int quantity) {
		return Map.of("customerId", customer, "lines", List.of(line(sku, quantity)));
	}

	private int ordersOf(UUID company) {
		return this.jdbc.sql("select count(*) from orders where company_id = ?")
			.param(company)
			.query(Integer.class)
			.single();
	}

}
