package app.distribu.catalog.stock;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import app.distribu.catalog.Http;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
@TestPropertySource(properties = { "distribu.catalog.reservations.confirm-within=8s",
		"distribu.catalog.reservations.sweep-every=PT0.2S" })
@SuppressWarnings("rawtypes")
class UnconfirmedReservationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReservationNoOrderConfirmedGivesItsStockBackOnceAndAConfirmedOneKeepsIt() {
		Http http = new Http(this.port);
		UUID company = UUID.randomUUID();
		String owner = Http.owner(company);
		String id = (String) http.post(owner, "/api/v1/products", Http.product("EXP-1", "1.00", 10))
			.getBody()
			.get("id");
		UUID confirmed = UUID.randomUUID();
		http.post(owner, "/internal/stock-reservations",
				StockReservationTest.reservation(confirmed, "STOREFRONT", "EXP-1", 4));
		TestEvents.publish("order.events", company, "order.created", Map.of("orderId", confirmed, "number", 1));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select confirmed_at is not null from stock_reservation where order_id = ?")
				.param(confirmed)
				.query(Boolean.class)
				.single());
		UUID abandoned = UUID.randomUUID();
		http.post(owner, "/internal/stock-reservations",
				StockReservationTest.reservation(abandoned, "STOREFRONT", "EXP-1", 3));

		await().atMost(Duration.ofSeconds(30)).until(() -> status(abandoned).equals("RELEASED"));
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() -> stock(http, owner, id) == 6);
		assertThat(status(confirmed)).isEqualTo("RESERVED");
		assertThat(this.jdbc.sql("select count(*) from stock_movement where kind = 'RELEASE' and order_id = ?")
			.param(abandoned)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	String status(UUID orderId) {
		return this.jdbc.sql("select status from stock_reservation where order_id = ?")
			.param(orderId)
			.query(String.class)
			.single();
	}

	static int stock(Http http, String token, String id) {
		return (int) http.get(token, "/api/v1/products/" + id).getBody().get("stock");
	}

}
