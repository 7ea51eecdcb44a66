package app.distribu.catalog.stock;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import app.distribu.catalog.Http;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reservations whose {@code order.created} does not come (a broker outage, a stuck relay,
 * a crashed request) are settled by asking order-service, never on a timer alone.
 */
@ServiceTest
@TestPropertySource(properties = { "distribu.catalog.reservations.confirm-within=1s",
		"distribu.catalog.reservations.sweep-every=PT0.2S",
		"distribu.catalog.reservations.order-outcomes-secret=" + FakeOrderService.SECRET })
@SuppressWarnings("rawtypes")
class UnconfirmedReservationTest {

	static final FakeOrderService orders = new FakeOrderService();

	@DynamicPropertySource
	static void orderService(DynamicPropertyRegistry registry) {
		registry.add("distribu.catalog.reservations.order-url", orders::url);
	}

	@AfterAll
	static void stopOrders() {
		orders.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	Http http;

	UUID company;

	String owner;

	@BeforeEach
	void company() {
		this.http = new Http(this.port);
		this.company = UUID.randomUUID();
		this.owner = Http.owner(this.company);
	}

	@AfterEach
	void orderServiceBack() {
		orders.down = false;
	}

	@Test
	void aCommittedOrderKeepsItsStockThoughItsOrderCreatedNeverArrives() {
		String id = product("KEEP-1", 10);
		UUID order = UUID.randomUUID();
		orders.committed.add(order);
		reserve("KEEP-1", 4, order);

		await().atMost(Duration.ofSeconds(30)).until(() -> confirmed(order));
		assertThat(status(order)).isEqualTo("RESERVED");
		assertThat(stock(id)).isEqualTo(6);
		int asked = asked(order);
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> asked(order) == asked);
	}

	@Test
	void anIdNoOrderTookGivesItsStockBackOnce() {
		String id = product("GONE-1", 10);
		UUID order = reserve("GONE-1", 3);

		await().atMost(Duration.ofSeconds(30)).until(() -> status(order).equals("RELEASED"));
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> stock(id) == 10);
		assertThat(releases(order)).isEqualTo(1);
	}

	@Test
	void nothingIsGivenBackWhileOrderServiceCannotSay() {
		orders.down = true;
		String id = product("WAIT-1", 10);
		UUID order = reserve("WAIT-1", 5);

		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(6))
			.until(() -> status(order).equals("RESERVED") && stock(id) == 5);
		orders.down = false;
		await().atMost(Duration.ofSeconds(30)).until(() -> status(order).equals("RELEASED"));
		assertThat(stock(id)).isEqualTo(10);
	}

	/**
	 * An order.created for a reservation that was given back (only a broken order-service
	 * could send one) takes the stock again rather than leaving phantom stock.
	 */
	@Test
	void aLateOrderCreatedTakesTheStockOfAReleasedReservationAgain() {
		String id = product("LATE-1", 10);
		UUID order = reserve("LATE-1", 4);
		await().atMost(Duration.ofSeconds(30)).until(() -> status(order).equals("RELEASED"));
		assertThat(stock(id)).isEqualTo(10);

		TestEvents.publish("order.events", this.company, "order.created", Map.of("orderId", order, "number", 1));

		await().atMost(Duration.ofSeconds(30)).until(() -> status(order).equals("RESERVED"));
		assertThat(stock(id)).isEqualTo(6);
		assertThat(this.jdbc.sql("select reason from stock_movement where order_id = ? order by id desc limit 1")
			.param(order)
			.query(String.class)
			.single()).isEqualTo(ReservationConfirmations.RETAKEN);
	}

	@Test
	void aLateOrderCreatedWhenStockRanOutTakesNothingAndRaisesTheAlert() {
		String id = product("SHORT-1", 5);
		UUID order = reserve("SHORT-1", 4);
		await().atMost(Duration.ofSeconds(30)).until(() -> status(order).equals("RELEASED"));
		UUID other = UUID.randomUUID();
		orders.committed.add(other);
		reserve("SHORT-1", 3, other);
		double before = shortfalls();

		TestEvents.publish("order.events", this.company, "order.created", Map.of("orderId", order, "number", 2));

		await().atMost(Duration.ofSeconds(30)).until(() -> shortfalls() == before + 1);
		assertThat(stock(id)).isEqualTo(2);
		assertThat(status(order)).isEqualTo("RELEASED");
	}

	private String product(String sku, int stock) {
		return (String) this.http.post(this.owner, "/api/v1/products", Http.product(sku, "1.00", stock))
			.getBody()
			.get("id");
	}

	private UUID reserve(String sku, int quantity) {
		return reserve(sku, quantity, UUID.randomUUID());
	}

	private UUID reserve(String sku, int quantity, UUID order) {
		assertThat(this.http
			.post(this.owner, "/internal/stock-reservations",
					StockReservationTest.reservation(order, "STOREFRONT", sku, quantity))
			.getStatusCode()
			.is2xxSuccessful()).isTrue();
		return order;
	}

	private double shortfalls() {
		return this.meters.get("distribu.stock.late.confirmations").tag("outcome", "short").counter().count();
	}

	private String status(UUID order) {
		return this.jdbc.sql("select status from stock_reservation where order_id = ?")
			.param(order)
			.query(String.class)
			.single();
	}

	private boolean confirmed(UUID order) {
		return this.jdbc.sql("select confirmed_at is not null from stock_reservation where order_id = ?")
			.param(order)
			.query(Boolean.class)
			.single();
	}

	private long releases(UUID order) {
		return this.jdbc.sql("select count(*) from stock_movement where kind = 'RELEASE' and order_id = ?")
			.param(order)
			.query(Long.class)
			.single();
	}

	private int asked(UUID order) {
		return (int) orders.asked.stream().filter(order::equals).count();
	}

	private int stock(String id) {
		return (int) this.http.get(this.owner, "/api/v1/products/" + id).getBody().get("stock");
	}

}
