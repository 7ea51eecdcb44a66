package app.distribu.catalog.stock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.distribu.catalog.Http;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
@SuppressWarnings("rawtypes")
class OrderCancelledTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCancelledOrderReturnsItsStockOnceEvenWhenTheEventArrivesTwice() throws Exception {
		Http http = new Http(this.port);
		UUID company = UUID.randomUUID();
		String owner = Http.owner(company);
		Map product = http.post(owner, "/api/v1/products", Http.product("CAN-1", "3.00", 10)).getBody();
		UUID orderId = UUID.randomUUID();
		http.post(owner, "/internal/stock-reservations",
				Map.of("orderId", orderId, "source", "API", "lines", List.of(Map.of("sku", "CAN-1", "quantity", 4))));
		Map<String, Object> data = Map.of("orderId", orderId, "number", 1001, "lines",
				List.of(Map.of("sku", "CAN-1", "quantity", 4)));
		UUID cancelled = UUID.randomUUID();
		Instant cancelledAt = Instant.now();

		TestEvents.publish("order.events", company, "order.cancelled", data, cancelled, cancelledAt);
		TestEvents.publish("order.events", company, "order.cancelled", data, cancelled, cancelledAt);
		TestEvents.publish("order.events", company, "order.cancelled", data);
		UUID marker = TestEvents.publish("order.events", company, "order.status_changed", Map.of("orderId", orderId));

		// Same key, same partition: once the marker is processed, so are the three before
		// it.
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from processed_event where event_id = ?")
				.param(marker)
				.query(Long.class)
				.single() == 1);
		int stock = (int) http.get(owner, "/api/v1/products/" + product.get("id")).getBody().get("stock");
		assertThat(stock).isEqualTo(10);
		String status = this.jdbc.sql("select status from stock_reservation where order_id = ?")
			.param(orderId)
			.query(String.class)
			.single();
		assertThat(status).isEqualTo("RELEASED");
	}

}
