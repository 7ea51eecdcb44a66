package app.distribu.order;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

import app.distribu.platform.security.Role;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static app.distribu.order.OrdersApi.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OrderServiceTest
class OrderListAndHistoryApiTest {

	@Autowired
	FakeUpstreams upstreams;

	@Autowired
	TopicReader orderEvents;

	@LocalServerPort
	int port;

	@Test
	void cancellingReturnsTheCancelledOrderOnceAndTheHistoryShowsWhoDidWhat() {
		UUID company = UUID.randomUUID();
		UUID member = UUID.randomUUID();
		String key = TestTokens.apiKey(company, "orders:write", "orders:read");
		String user = TestTokens.user(company, member, Role.MEMBER);
		String id = create(key, this.upstreams.activeCustomer()).path("id").asString();

		ResponseEntity<JsonNode> cancelled = api().post(user, "/api/v1/orders/" + id + "/cancel", Map.of());
		ResponseEntity<JsonNode> again = api().post(key, "/api/v1/orders/" + id + "/cancel", Map.of());

		assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(cancelled.getBody().path("status").asString()).isEqualTo("CANCELLED");
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(again.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		JsonNode history = api().get(key, "/api/v1/orders/" + id + "/history").getBody().path("data");
		assertThat(history).hasSize(2);
		assertThat(history.get(0).path("from").isNull()).isTrue();
		assertThat(history.get(0).path("to").asString()).isEqualTo("SUBMITTED");
		assertThat(history.get(1).path("from").asString()).isEqualTo("SUBMITTED");
		assertThat(history.get(1).path("to").asString()).isEqualTo("CANCELLED");
		assertThat(history.get(1).path("changedBy").asString()).isEqualTo(member.toString());
		assertThat(history.get(1).path("changedAt").asString()).isNotBlank();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.orderEvents.events(company, "order.cancelled").size() == 1);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.orderEvents.events(company, "order.cancelled").size() == 1);
	}

	@Test
	void anotherCompanyCanNeitherCancelNorReadTheHistory() {
		UUID companyA = UUID.randomUUID();
		String id = create(TestTokens.apiKey(companyA, "orders:write"), this.upstreams.activeCustomer()).path("id")
			.asString();
		String tokenB = TestTokens.apiKey(UUID.randomUUID(), "orders:write", "orders:read");

		assertThat(api().post(tokenB, "/api/v1/orders/" + id + "/cancel", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(api().get(tokenB, "/api/v1/orders/" + id + "/history").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(api().get(TestTokens.apiKey(companyA, "orders:read"), "/api/v1/orders/" + id)
			.getBody()
			.path("status")
			.asString()).isEqualTo("SUBMITTED");
	}

	@Test
	void listsFilterByStatusSourceCustomerAndUtcCreationDays() {
		UUID company = UUID.randomUUID();
		String key = TestTokens.apiKey(company, "orders:write", "orders:read");
		String member = TestTokens.user(company, UUID.randomUUID(), Role.MEMBER);
		UUID regular = this.upstreams.activeCustomer();
		UUID other = this.upstreams.activeCustomer();
		String first = create(key, regular).path("id").asString();
		create(key, other);
		String fromDashboard = create(member, regular).path("id").asString();
		api().post(key, "/api/v1/orders/" + first + "/cancel", Map.of());
		LocalDate today = LocalDate.now(ZoneOffset.UTC);

		assertThat(ids(member, "?customerId=" + regular + "&limit=10")).containsExactly(fromDashboard, first);
		assertThat(ids(key, "?status=CANCELLED")).containsExactly(first);
		assertThat(ids(key, "?source=DASHBOARD")).containsExactly(fromDashboard);
		assertThat(ids(key, "?customerId=" + regular + "&status=SUBMITTED")).containsExactly(fromDashboard);
		assertThat(ids(key, "?createdFrom=" + today + "&createdTo=" + today)).hasSize(3);
		assertThat(ids(key, "?createdFrom=" + today.plusDays(1))).isEmpty();
		assertThat(ids(key, "?createdTo=" + today.minusDays(1))).isEmpty();
		JsonNode firstPage = api().get(key, "/api/v1/orders?customerId=" + regular + "&limit=1").getBody();
		assertThat(firstPage.path("hasMore").asBoolean()).isTrue();
		assertThat(ids(key, "?customerId=" + regular + "&limit=1&cursor=" + firstPage.path("nextCursor").asString()))
			.containsExactly(first);
		assertThat(ids(TestTokens.apiKey(UUID.randomUUID(), "orders:read"), "?customerId=" + regular)).isEmpty();
		assertThat(api().get(key, "/api/v1/orders?status=LOST").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(api().get(key, "/api/v1/orders?createdFrom=01/02/2026").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	private List<String> ids(String token, String query) {
		ResponseEntity<JsonNode> page = api().get(token, "/api/v1/orders" + query);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		return page.getBody().path("data").valueStream().map((order) -> order.path("id").asString()).toList();
	}

	private JsonNode create(String token, UUID customer) {
		ResponseEntity<JsonNode> created = api().post(token, "/api/v1/orders",
				Map.of("customerId", customer, "lines", List.of(line("LIST-1", 1))));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return created.getBody();
	}

	private OrdersApi api() {
		return new OrdersApi(this.port);
	}

}
