package app.distribu.catalog.stock;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import app.distribu.catalog.Events;
import app.distribu.catalog.Http;
import app.distribu.platform.events.EventEnvelope;
import app.distribu.platform.test.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
@SuppressWarnings("rawtypes")
class OrderCancelledTest {

	@LocalServerPort
	int port;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	JsonMapper json;

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
		Events events = new Events(this.kafka, this.json);
		Map<String, Object> data = Map.of("orderId", orderId, "number", 1001, "lines",
				List.of(Map.of("sku", "CAN-1", "quantity", 4)));
		EventEnvelope cancelled = events.envelope(company, "order.cancelled", data);
		EventEnvelope sameFactAgain = events.envelope(company, "order.cancelled", data);
		EventEnvelope marker = events.envelope(company, "order.status_changed", Map.of("orderId", orderId));

		events.send("order.events", cancelled);
		events.send("order.events", cancelled);
		events.send("order.events", sameFactAgain);
		events.send("order.events", marker);

		// Same key, same partition: once the marker is processed, so are the three before
		// it.
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from processed_event where event_id = ?")
				.param(marker.id())
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
