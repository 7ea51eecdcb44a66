package app.distribu.order.ordering;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import app.distribu.order.FakeUpstreams;
import app.distribu.order.OrderServiceTest;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OrderServiceTest
class OrderApiTest {

	@Autowired
	FakeUpstreams upstreams;

	@Autowired
	TopicReader orderEvents;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void placesAnApiOrderAnswersItsShapeAndAnnouncesItOnce() {
		UUID company = UUID.randomUUID();
		UUID customer = activeCustomer();
		String token = TestTokens.apiKey(company, "orders:write", "orders:read");

		ResponseEntity<JsonNode> created = post(token, Map.of("customerId", customer, "lines",
				List.of(line("WDG-001", 2), line("GAD-002", 1), line("WDG-001 ", 1)), "poNumber", "PO-77"));

		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode order = created.getBody();
		assertThat(order.path("id").asString()).isNotBlank();
		assertThat(order.path("number").asLong()).isEqualTo(1);
		assertThat(order.path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(order.path("source").asString()).isEqualTo("API");
		assertThat(order.path("customerId").asString()).isEqualTo(customer.toString());
		assertThat(order.path("currency").asString()).isEqualTo("EUR");
		assertThat(order.path("total").asString()).isEqualTo("50.00");
		assertThat(Instant.parse(order.path("createdAt").asString())).isBefore(Instant.now().plusSeconds(1));
		assertThat(order.path("lines")).hasSize(2);
		JsonNode first = order.path("lines").get(0);
		assertThat(first.path("sku").asString()).isEqualTo("WDG-001");
		assertThat(first.path("name").asString()).isEqualTo("Product WDG-001");
		assertThat(first.path("unitPrice").asString()).isEqualTo("12.50");
		assertThat(first.path("quantity").asInt()).isEqualTo(3);
		assertThat(first.path("lineTotal").asString()).isEqualTo("37.50");

		JsonNode reservation = this.upstreams.reservations.stream()
			.filter((r) -> r.path("orderId").asString().equals(order.path("id").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(reservation.path("source").asString()).isEqualTo("API");
		assertThat(reservation.path("lines")).hasSize(2);
		assertThat(this.upstreams.authorizations).contains("Bearer " + token);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> !this.orderEvents.events(company, "order.created").isEmpty());
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.orderEvents.events(company, "order.created").size() == 1);
		JsonNode data = this.orderEvents.events(company, "order.created").get(0).path("data");
		assertThat(data.path("orderId").asString()).isEqualTo(order.path("id").asString());
		assertThat(data.path("source").asString()).isEqualTo("API");
		assertThat(data.path("number").asLong()).isEqualTo(1);
		assertThat(data.path("total").asString()).isEqualTo("50.00");
		assertThat(data.path("lines").get(0).path("lineTotal").asString()).isEqualTo("37.50");

		JsonNode read = get(token, "/api/v1/orders/" + order.path("id").asString()).getBody();
		assertThat(read).isEqualTo(order);
	}

	@Test
	void numbersOrdersPerCompanyAndPagesThroughThemNewestFirst() {
		UUID company = UUID.randomUUID();
		UUID customer = activeCustomer();
		String token = TestTokens.apiKey(company, "orders:write", "orders:read");
		for (int i = 0; i < 3; i++) {
			assertThat(
					post(token, Map.of("customerId", customer, "lines", List.of(line("WDG-001", 1)))).getStatusCode())
				.isEqualTo(HttpStatus.CREATED);
		}

		JsonNode first = get(token, "/api/v1/orders?limit=2").getBody();
		assertThat(first.path("data")).extracting((o) -> o.path("number").asLong()).containsExactly(3L, 2L);
		assertThat(first.path("hasMore").asBoolean()).isTrue();
		JsonNode second = get(token, "/api/v1/orders?limit=2&cursor=" + first.path("nextCursor").asString()).getBody();
		assertThat(second.path("data")).extracting((o) -> o.path("number").asLong()).containsExactly(1L);
		assertThat(second.path("hasMore").asBoolean()).isFalse();
		assertThat(get(token, "/api/v1/orders?limit=101").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void passesCatalogsStockRefusalThroughAndStoresNoOrder() {
		UUID company = UUID.randomUUID();
		String token = TestTokens.apiKey(company, "orders:write", "orders:read");

		ResponseEntity<JsonNode> refused = post(token,
				Map.of("customerId", activeCustomer(), "lines", List.of(line("WDG-001", 1), line("SHORT-1", 5))));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(refused.getBody().path("detail").asString())
			.isEqualTo("Not enough stock for SHORT-1: 3 available, 5 requested.");
		assertThat(ordersOf(company)).isZero();
		assertThat(get(token, "/api/v1/orders").getBody().path("data")).isEmpty();
	}

	@Test
	void refusesAnUnknownCustomer() {
		UUID company = UUID.randomUUID();
		UUID stranger = UUID.randomUUID();

		ResponseEntity<JsonNode> refused = post(TestTokens.apiKey(company, "orders:write"),
				Map.of("customerId", stranger, "lines", List.of(line("WDG-001", 1))));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(refused.getBody().path("detail").asString()).isEqualTo("Unknown customer");
		assertThat(ordersOf(company)).isZero();
	}

	@Test
	void refusesACustomerBlockedByACustomerEvent() {
		UUID company = UUID.randomUUID();
		UUID customer = activeCustomer();
		TestEvents.publish("customer.events", company, "customer.created",
				Map.of("customerId", customer, "name", "Corner Shop", "email", "a@b.test", "status", "ACTIVE"));
		TestEvents.publish("customer.events", company, "customer.status_changed",
				Map.of("customerId", customer, "status", "BLOCKED"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select status from customer_ref where id = ?")
				.param(customer)
				.query(String.class)
				.optional()
				.filter("BLOCKED"::equals)
				.isPresent());

		ResponseEntity<JsonNode> refused = post(TestTokens.apiKey(company, "orders:write"),
				Map.of("customerId", customer, "lines", List.of(line("WDG-001", 1))));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(refused.getBody().path("detail").asString())
			.isEqualTo("This customer is blocked and can't place orders.");
		assertThat(ordersOf(company)).isZero();
	}

	@Test
	void aBusinessThatRegisteredOnTheStorefrontIsNamedInItsOrdersOnceApproved() {
		UUID company = UUID.randomUUID();
		UUID customer = UUID.randomUUID();
		TestEvents.publish("customer.events", company, "customer.registered",
				Map.of("customerId", customer, "name", "Harbour Deli", "email", "orders@harbour.test", "contactName",
						"Bruno", "contactEmail", "b@harbour.test"));
		TestEvents.publish("customer.events", company, "customer.status_changed",
				Map.of("customerId", customer, "status", "ACTIVE", "previousStatus", "PENDING"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select name || ' ' || status from customer_ref where id = ?")
				.param(customer)
				.query(String.class)
				.optional()
				.filter("Harbour Deli ACTIVE"::equals)
				.isPresent());
		// customer-service answers the address lookup; the name comes from the events.
		this.upstreams.customers.put(customer, "ACTIVE");

		ResponseEntity<JsonNode> created = post(TestTokens.apiKey(company, "orders:write"),
				Map.of("customerId", customer, "lines", List.of(line("WDG-001", 1))));

		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !this.orderEvents.events(company, "order.created").isEmpty());
		assertThat(
				this.orderEvents.events(company, "order.created").get(0).path("data").path("customerName").asString())
			.as("the alert to the team names the business")
			.isEqualTo("Harbour Deli");
	}

	@Test
	void cancelledOrderCannotBeReopenedAndItsStockIsAnnouncedBack() {
		UUID company = UUID.randomUUID();
		String token = TestTokens.apiKey(company, "orders:write", "orders:read");
		String id = post(token, Map.of("customerId", activeCustomer(), "lines", List.of(line("WDG-001", 4)))).getBody()
			.path("id")
			.asString();

		assertThat(patch(token, id, "SHIPPED").getBody().path("status").asString()).isEqualTo("SHIPPED");
		assertThat(patch(token, id, "CANCELLED").getBody().path("status").asString()).isEqualTo("CANCELLED");
		ResponseEntity<JsonNode> reopen = patch(token, id, "SUBMITTED");

		assertThat(reopen.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(reopen.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(get(token, "/api/v1/orders/" + id).getBody().path("status").asString()).isEqualTo("CANCELLED");
		assertThat(this.jdbc.sql("select count(*) from order_status_change where order_id = ?")
			.param(UUID.fromString(id))
			.query(Integer.class)
			.single()).isEqualTo(3);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.orderEvents.events(company, "order.cancelled").size() == 1);
		JsonNode cancelled = this.orderEvents.events(company, "order.cancelled").get(0).path("data");
		assertThat(cancelled.path("orderId").asString()).isEqualTo(id);
		assertThat(cancelled.path("lines").get(0).path("sku").asString()).isEqualTo("WDG-001");
		assertThat(cancelled.path("lines").get(0).path("quantity").asInt()).isEqualTo(4);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.orderEvents.events(company, "order.status_changed").size() == 2);
	}

	@Test
	void anotherCompanyCanNeitherReadNorChangeTheOrder() {
		UUID companyA = UUID.randomUUID();
		UUID companyB = UUID.randomUUID();
		String id = post(TestTokens.apiKey(companyA, "orders:write"),
				Map.of("customerId", activeCustomer(), "lines", List.of(line("WDG-001", 1))))
			.getBody()
			.path("id")
			.asString();
		String tokenB = TestTokens.apiKey(companyB, "orders:write", "orders:read");

		assertThat(get(tokenB, "/api/v1/orders/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(patch(tokenB, id, "CANCELLED").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get(tokenB, "/api/v1/orders").getBody().path("data")).isEmpty();
		assertThat(get(TestTokens.apiKey(companyA, "orders:read"), "/api/v1/orders/" + id).getBody()
			.path("status")
			.asString()).isEqualTo("SUBMITTED");
	}

	@Test
	void keyWithoutOrdersWriteIsRefusedNamingTheScope() {
		UUID company = UUID.randomUUID();

		ResponseEntity<JsonNode> refused = post(TestTokens.apiKey(company, "orders:read"),
				Map.of("customerId", activeCustomer(), "lines", List.of(line("WDG-001", 1))));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(refused.getBody().path("detail").asString()).contains("orders:write");
		assertThat(ordersOf(company)).isZero();
	}

	@Test
	void refusesAnOrderWithoutLinesOrWithAZeroQuantity() {
		String token = TestTokens.apiKey(UUID.randomUUID(), "orders:write");

		ResponseEntity<JsonNode> empty = post(token, Map.of("customerId", activeCustomer(), "lines", List.of()));
		ResponseEntity<JsonNode> zero = post(token,
				Map.of("customerId", activeCustomer(), "lines", List.of(line("WDG-001", 0))));

		assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(empty.getBody().path("errors").path("lines").asString())
			.isEqualTo("An order needs at least one line.");
		assertThat(zero.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(zero.getBody().path("errors").path("lines[0].quantity").asString())
			.isEqualTo("quantity must be at least 1.");
	}

	@Test
	void ordersPageListsTheCompanysOrdersWithTheirCustomer() {
		UUID company = UUID.randomUUID();
		UUID customer = activeCustomer();
		post(TestTokens.apiKey(company, "orders:write"),
				Map.of("customerId", customer, "lines", List.of(line("WDG-001", 2))));
		post(TestTokens.apiKey(UUID.randomUUID(), "orders:write"),
				Map.of("customerId", activeCustomer(), "lines", List.of(line("OTHER-9", 1))));

		ResponseEntity<String> page = client().get()
			.uri("/dashboard/orders")
			.header("Authorization", "Bearer " + TestTokens.user(company, UUID.randomUUID(), Role.MEMBER))
			.retrieve()
			.toEntity(String.class);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("#1", "Customer " + customer.toString().substring(0, 8), "API", "SUBMITTED",
				"25.00 EUR", "1 order");
	}

	private UUID activeCustomer() {
		UUID id = this.upstreams.activeCustomer();
		return id;
	}

	private static Map<String, Object> line(String sku, int quantity) {
		return Map.of("sku", sku, "quantity", quantity);
	}

	private int ordersOf(UUID company) {
		return this.jdbc.sql("select count(*) from orders where company_id = ?")
			.param(company)
			.query(Integer.class)
			.single();
	}

	private RestClient client() {
		return RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	private ResponseEntity<JsonNode> post(String token, Object body) {
		return client().post()
			.uri("/api/v1/orders")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(JsonNode.class);
	}

	private ResponseEntity<JsonNode> patch(String token, String id, String status) {
		return client().patch()
			.uri("/api/v1/orders/{id}", id)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("status", status))
			.retrieve()
			.toEntity(JsonNode.class);
	}

	private ResponseEntity<JsonNode> get(String token, String path) {
		return client().get().uri(path).header("Authorization", "Bearer " + token).retrieve().toEntity(JsonNode.class);
	}

}
