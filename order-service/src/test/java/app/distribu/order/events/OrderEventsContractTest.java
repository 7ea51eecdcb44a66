package app.distribu.order.events;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import app.distribu.order.FakeUpstreams;
import app.distribu.order.OrderServiceTest;
import app.distribu.order.OrdersApi;
import app.distribu.platform.contracts.EventContracts;
import app.distribu.platform.test.TestTokens;

import static app.distribu.order.OrdersApi.line;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What order-service emits conforms to the schemas partners get
 * (platform/event-contracts): every order event type, with and without a shipping
 * address, a shipment (with its status change) and a cancellation.
 */
@OrderServiceTest
class OrderEventsContractTest {

	@Autowired
	FakeUpstreams upstreams;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void everyOrderEventConformsToItsPublishedSchema() {
		UUID company = UUID.randomUUID();
		String token = TestTokens.apiKey(company, "orders:write", "orders:read");
		UUID shipped = this.upstreams.activeCustomer();
		this.upstreams.address(shipped, "SHIPPING", true, "Ghent");
		UUID collects = this.upstreams.activeCustomer();
		String first = order(token, shipped);
		String second = order(token, collects);
		patch(token, first, "SHIPPED");
		new OrdersApi(this.port).post(token, "/api/v1/orders/" + second + "/cancel", Map.of());

		List<JsonNode> emitted = this.jdbc
			.sql("select payload from outbox_event where company_id = ? and topic = 'order.events' order by seq")
			.param(company)
			.query(String.class)
			.list()
			.stream()
			.map(this.json::readTree)
			.toList();

		assertThat(emitted).extracting((event) -> event.path("type").asString())
			.containsExactly("order.created", "order.created", "order.status_changed", "order.shipped",
					"order.status_changed", "order.cancelled");
		JsonNode shippedData = emitted.get(3).path("data");
		assertThat(shippedData.path("orderId").asString()).isEqualTo(first);
		assertThat(shippedData.path("customerId").asString()).isEqualTo(shipped.toString());
		assertThat(shippedData.path("lines").get(0).path("sku").asString()).isEqualTo("WDG-001");
		assertThat(shippedData.path("lines").get(0).path("quantity").asInt()).isEqualTo(2);
		assertThat(shippedData.path("shippingAddress").path("city").asString()).isEqualTo("Ghent");
		assertThat(emitted.get(0).path("data").path("shippingAddress").isObject()).isTrue();
		assertThat(emitted.get(1).path("data").path("shippingAddress").isNull()).isTrue();
		assertThat(emitted).allSatisfy(
				(event) -> assertThat(EventContracts.violations(EventContracts.bodyOf(event))).as(event.toString())
					.isEmpty());
	}

	private String order(String token, UUID customer) {
		return new OrdersApi(this.port)
			.post(token, "/api/v1/orders", Map.of("customerId", customer, "lines", List.of(line("WDG-001", 2))))
			.getBody()
			.path("id")
			.asString();
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

}
