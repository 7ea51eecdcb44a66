package app.distribu.order.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import app.distribu.order.FakeUpstreams;
import app.distribu.order.OrderServiceTest;
import app.distribu.order.OrdersApi;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.TestClock;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static app.distribu.order.OrdersApi.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OrderServiceTest
@TestPropertySource(properties = "distribu.quota.default-monthly-order-limit=3")
class MonthlyQuotaTest {

	static final String LIMIT_REACHED = "This store has reached its monthly order limit.";

	@Autowired
	FakeUpstreams upstreams;

	@Autowired
	TopicReader orderEvents;

	@TestConfiguration
	static class Clocks {

		@Bean
		TestClock clock() {
			return new TestClock(Instant.parse("2026-03-15T12:00:00Z"));
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Test
	void refusesTheOrderOverTheLimitWithoutTakingStockAndResetsOnTheFirstAtMidnightUtc() {
		this.clock.set(Instant.parse("2026-03-31T23:59:59Z"));
		UUID company = UUID.randomUUID();
		plan(company, "STARTER", 2);
		String sku = "RESET-" + company;
		this.upstreams.stock(sku, 100);

		assertThat(order(company, sku, 1).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(order(company, sku, 1).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<JsonNode> third = order(company, sku, 1);

		assertThat(third.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(third.getBody().path("detail").asString()).isEqualTo(LIMIT_REACHED);
		assertThat(this.upstreams.stock(sku)).isEqualTo(98);
		assertThat(ordersOf(company)).isEqualTo(2);

		this.clock.set(Instant.parse("2026-04-01T00:00:00Z"));
		assertThat(order(company, sku, 1).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(count(company, "2026-03")).isEqualTo(2);
		assertThat(count(company, "2026-04")).isEqualTo(1);
	}

	@Test
	void cancelledOrdersStillCountAndAnUpgradeRaisesTheLimitAtOnce() {
		UUID company = UUID.randomUUID();
		plan(company, "STARTER", 1);
		String id = order(company, "UPG-1", 1).getBody().path("id").asString();
		assertThat(api().post(token(company), "/api/v1/orders/" + id + "/cancel", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.OK);

		assertThat(order(company, "UPG-1", 1).getBody().path("detail").asString()).isEqualTo(LIMIT_REACHED);

		plan(company, "GROWTH", 2);
		assertThat(order(company, "UPG-1", 1).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(order(company, "UPG-1", 1).getBody().path("detail").asString()).isEqualTo(LIMIT_REACHED);
	}

	@Test
	void aCompanyBillingHasNotAnnouncedGetsTheDefaultLimitAndEnterpriseIsUnlimited() {
		UUID unknown = UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			assertThat(order(unknown, "DEF-1", 1).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		}
		assertThat(order(unknown, "DEF-1", 1).getBody().path("detail").asString()).isEqualTo(LIMIT_REACHED);

		UUID enterprise = UUID.randomUUID();
		plan(enterprise, "ENTERPRISE", null);
		for (int i = 0; i < 5; i++) {
			assertThat(order(enterprise, "DEF-1", 1).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		}
	}

	@Test
	void twoHundredConcurrentOrdersAgainstALimitOfOneHundredCreateExactlyOneHundred() throws Exception {
		this.clock.set(Instant.parse("2026-03-15T12:00:00Z"));
		UUID company = UUID.randomUUID();
		plan(company, "STARTER", 100);
		String sku = "RUSH-" + company;
		this.upstreams.stock(sku, 10_000);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService clients = Executors.newFixedThreadPool(200);
		List<Future<ResponseEntity<JsonNode>>> answers = IntStream.range(0, 200).mapToObj((i) -> clients.submit(() -> {
			start.await();
			return order(company, sku, 1 + i % 3);
		})).toList();
		start.countDown();
		clients.shutdown();

		Map<HttpStatus, Integer> statuses = new HashMap<>();
		Set<String> created = new HashSet<>();
		for (Future<ResponseEntity<JsonNode>> answer : answers) {
			ResponseEntity<JsonNode> response = answer.get();
			statuses.merge(HttpStatus.valueOf(response.getStatusCode().value()), 1, Integer::sum);
			if (response.getStatusCode() == HttpStatus.CREATED) {
				created.add(response.getBody().path("id").asString());
			}
			else {
				assertThat(response.getBody().path("detail").asString()).isEqualTo(LIMIT_REACHED);
			}
		}
		assertThat(statuses)
			.containsExactlyInAnyOrderEntriesOf(Map.of(HttpStatus.CREATED, 100, HttpStatus.UNPROCESSABLE_CONTENT, 100));
		assertThat(ordersOf(company)).isEqualTo(100);
		assertThat(count(company, "2026-03")).isEqualTo(100);

		int ordered = this.jdbc
			.sql("select coalesce(sum(l.quantity), 0) from order_line l join orders o on o.id = l.order_id "
					+ "where o.company_id = ?")
			.param(company)
			.query(Integer.class)
			.single();
		assertThat(10_000 - this.upstreams.stock(sku)).isEqualTo(ordered);
		assertThat(this.upstreams.held(sku)).isEqualTo(ordered);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.orderEvents.events(company, "order.created").size() >= 100);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.orderEvents.events(company, "order.created").size() == 100);
		assertThat(this.orderEvents.events(company, "order.created")
			.stream()
			.map((event) -> event.path("data").path("orderId").asString())
			.collect(Collectors.toSet())).isEqualTo(created);
	}

	@Test
	void theDashboardHomeSummaryCountsDaysTheMonthOrdersWaitingAndPlanUsage() {
		UUID company = UUID.randomUUID();
		plan(company, "STARTER", 100);
		String sku = "HOME-" + company;
		this.upstreams.stock(sku, 100);
		this.clock.set(Instant.parse("2026-04-20T10:00:00Z"));
		order(company, sku, 1);
		this.clock.set(Instant.parse("2026-05-02T10:00:00Z"));
		String cancelled = order(company, sku, 2).getBody().path("id").asString();
		api().post(token(company), "/api/v1/orders/" + cancelled + "/cancel", Map.of());
		this.clock.set(Instant.parse("2026-05-10T08:00:00Z"));
		order(company, sku, 1);
		String confirmed = order(company, sku, 3).getBody().path("id").asString();
		api().patch(token(company), "/api/v1/orders/" + confirmed, Map.of("status", "CONFIRMED"));
		String member = TestTokens.user(company, UUID.randomUUID(), Role.MEMBER);

		JsonNode summary = api().get(member, "/internal/dashboard/orders?currency=EUR").getBody();

		assertThat(summary.path("today").path("orders").asInt()).isEqualTo(2);
		assertThat(summary.path("today").path("revenue").asString()).isEqualTo("50.00");
		assertThat(summary.path("month").path("orders").asInt()).as("cancelled orders count").isEqualTo(3);
		assertThat(summary.path("month").path("revenue").asString()).as("but bring no revenue").isEqualTo("50.00");
		assertThat(summary.path("days")).hasSize(30);
		assertThat(summary.path("days").get(0).path("date").asString()).isEqualTo("2026-04-11");
		assertThat(summary.path("days").get(9).path("orders").asInt()).isEqualTo(1);
		assertThat(summary.path("days").get(9).path("revenue").asString()).isEqualTo("12.50");
		assertThat(summary.path("days").get(29).path("date").asString()).isEqualTo("2026-05-10");
		assertThat(summary.path("submitted").asInt()).isEqualTo(2);
		assertThat(summary.path("confirmed").asInt()).isEqualTo(1);
		assertThat(summary.path("quota").path("month").asString()).isEqualTo("2026-05");
		assertThat(summary.path("quota").path("used").asInt()).isEqualTo(3);
		assertThat(summary.path("quota").path("limit").asInt()).isEqualTo(100);
		assertThat(summary.path("quota").path("plan").asString()).isEqualTo("STARTER");

		JsonNode other = api()
			.get(TestTokens.user(UUID.randomUUID(), UUID.randomUUID(), Role.OWNER),
					"/internal/dashboard/orders?currency=EUR")
			.getBody();
		assertThat(other.path("month").path("orders").asInt()).as("another company sees none").isZero();
		assertThat(other.path("quota").path("limit").asInt()).as("the default before billing speaks").isEqualTo(3);
		assertThat(api().get(token(company), "/internal/dashboard/orders?currency=EUR").getStatusCode())
			.as("an API key")
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	private void plan(UUID company, String plan, Integer limit) {
		Map<String, Object> data = new HashMap<>();
		data.put("plan", plan);
		data.put("status", "ACTIVE");
		data.put("monthlyOrderLimit", limit);
		data.put("trialEndsAt", null);
		TestEvents.publish("billing.events", company, "subscription.changed", data);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select plan from company_plan where company_id = ?")
				.param(company)
				.query(String.class)
				.optional()
				.filter(plan::equals)
				.isPresent());
	}

	private ResponseEntity<JsonNode> order(UUID company, String sku, int quantity) {
		UUID customer = this.upstreams.activeCustomer();
		return api().post(token(company), "/api/v1/orders",
				Map.of("customerId", customer, "lines", List.of(line(sku, quantity))));
	}

	private static String token(UUID company) {
		return TestTokens.apiKey(company, "orders:write", "orders:read");
	}

	private OrdersApi api() {
		return new OrdersApi(this.port);
	}

	private int ordersOf(UUID company) {
		return this.jdbc.sql("select count(*) from orders where company_id = ?")
			.param(company)
			.query(Integer.class)
			.single();
	}

	private int count(UUID company, String month) {
		return this.jdbc
			.sql("select coalesce(sum(orders), 0) from monthly_order_count where company_id = ? and month = ?")
			.params(company, month)
			.query(Integer.class)
			.single();
	}

}
