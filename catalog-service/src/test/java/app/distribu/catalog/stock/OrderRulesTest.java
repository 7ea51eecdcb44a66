package app.distribu.catalog.stock;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.distribu.catalog.Http;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class OrderRulesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	final UUID company = UUID.randomUUID();

	String owner;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
		this.owner = Http.owner(this.company);
	}

	String product(String sku, String price, int stock, Map<String, Object> extra) {
		Map<String, Object> body = new HashMap<>(Http.product(sku, price, stock));
		body.putAll(extra);
		ResponseEntity<Map> created = this.http.post(this.owner, "/api/v1/products", body);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) created.getBody().get("id");
	}

	UUID customer(String name) {
		UUID id = UUID.randomUUID();
		TestEvents.publish("customer.events", this.company, "customer.created",
				Map.of("customerId", id, "name", name, "email", "buyer@example.test", "status", "ACTIVE"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from customer_ref where id = ?")
				.param(id)
				.query(Long.class)
				.single() == 1);
		return id;
	}

	void override(String productId, UUID customerId, String price) {
		ResponseEntity<Map> response = this.http.raw()
			.put()
			.uri("/api/v1/products/" + productId + "/price-overrides")
			.headers((h) -> h.setBearerAuth(this.owner))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("customerId", customerId, "price", price))
			.retrieve()
			.toEntity(Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	ResponseEntity<Map> reserve(String source, Map<String, Object> extra, Object... skuAndQuantity) {
		Map<String, Object> body = new HashMap<>(
				StockReservationTest.reservation(UUID.randomUUID(), source, skuAndQuantity));
		body.putAll(extra);
		return this.http.post(StockReservationTest.callerOf(this.company, this.owner, body),
				"/internal/stock-reservations", body);
	}

	@Test
	void enforcesTheMinimumOrderQuantityAndTheStepNamingProductAndRule() {
		product("MOQ-1", "1.00", 100, Map.of("name", "Widget", "minOrderQuantity", 12, "quantityStep", 6));

		assertThat(reserve("API", Map.of(), "MOQ-1", 6).getBody()).containsEntry("detail",
				"MOQ-1 Widget: order at least 12.");
		assertThat(reserve("STOREFRONT", Map.of(), "MOQ-1", 14).getBody()).containsEntry("detail",
				"MOQ-1 Widget: order in multiples of 6.");
		assertThat(reserve("DASHBOARD", Map.of(), "MOQ-1", 18).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void customerPricingAppliesOverridesAndCatalogPricingDoesNot() {
		String id = product("OVR-1", "10.00", 50, Map.of());
		UUID acme = customer("Acme Corp");
		override(id, acme, "8.50");

		Map customer = reserve("API", Map.of("pricing", "customer", "customerId", acme), "OVR-1", 1).getBody();
		Map catalog = reserve("API", Map.of("customerId", acme), "OVR-1", 1).getBody();
		Map storefront = reserve("STOREFRONT", Map.of("customerId", acme), "OVR-1", 1).getBody();

		assertThat(((List<Map>) customer.get("lines")).get(0)).containsEntry("unitPrice", "8.50");
		assertThat(((List<Map>) catalog.get("lines")).get(0)).containsEntry("unitPrice", "10.00");
		assertThat(((List<Map>) storefront.get("lines")).get(0)).containsEntry("unitPrice", "8.50");
	}

	@Test
	void gatedProductsNeedAnOverrideOnTheStorefrontOnly() {
		String id = product("GATE-1", "10.00", 50, Map.of("overrideGated", true));
		UUID vip = customer("VIP Ltd");
		UUID other = customer("Other Ltd");
		override(id, vip, "9.00");

		assertThat(reserve("STOREFRONT", Map.of("customerId", other), "GATE-1", 1).getBody()).containsEntry("detail",
				"Product GATE-1 is not available to this customer.");
		assertThat(reserve("STOREFRONT", Map.of("customerId", vip), "GATE-1", 1).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(reserve("API", Map.of(), "GATE-1", 1).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void aQuotePricesTheCartWithTheSameProblemsAsAReservationAndTakesNothing() {
		String id = product("Q-1", "4.00", 10, Map.of());
		product("Q-2", "1.00", 2, Map.of());
		product("Q-3", "1.00", 9, Map.of("name", "Bolt", "quantityStep", 5));
		UUID acme = customer("Quote Corp");
		override(id, acme, "3.50");

		ResponseEntity<Map> quote = this.http.post(this.owner, "/internal/price-quotes",
				Map.of("customerId", acme, "pricing", "customer", "storefront", true, "lines",
						List.of(Map.of("sku", "Q-1", "quantity", 3), Map.of("sku", "Q-2", "quantity", 5),
								Map.of("sku", "Q-3", "quantity", 2), Map.of("sku", "NOPE", "quantity", 1))));

		assertThat(quote.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(quote.getBody()).containsEntry("currency", "USD").containsEntry("total", "10.50");
		List<Map> lines = (List<Map>) quote.getBody().get("lines");
		assertThat(lines.get(0)).containsEntry("unitPrice", "3.50")
			.containsEntry("lineTotal", "10.50")
			.containsEntry("stock", 10)
			.containsEntry("problem", null);
		assertThat(lines.get(1)).containsEntry("problem", "Not enough stock for Q-2: 2 available, 5 requested.");
		assertThat(lines.get(2)).containsEntry("problem", "Q-3 Bolt: order in multiples of 5.");
		assertThat(lines.get(3)).containsEntry("problem", "Unknown SKU: NOPE").containsEntry("productId", null);
		assertThat((int) this.http.get(this.owner, "/api/v1/products/" + id).getBody().get("stock")).isEqualTo(10);
	}

	@Test
	void overridesOfACustomerAreListedForCustomerServiceAndScopedToTheCompany() {
		String id = product("LIST-1", "10.00", 5, Map.of("name", "Listed"));
		UUID acme = customer("Listing Corp");
		override(id, acme, "7.00");

		List<Map> mine = this.http.raw()
			.get()
			.uri("/internal/customers/" + acme + "/price-overrides")
			.headers((h) -> h.setBearerAuth(this.owner))
			.retrieve()
			.body(List.class);
		List<Map> theirs = this.http.raw()
			.get()
			.uri("/internal/customers/" + acme + "/price-overrides")
			.headers((h) -> h.setBearerAuth(Http.owner(UUID.randomUUID())))
			.retrieve()
			.body(List.class);

		assertThat(mine).containsExactly(
				Map.of("productId", id, "sku", "LIST-1", "name", "Listed", "catalogPrice", "10.00", "price", "7.00"));
		assertThat(theirs).isEmpty();
		assertThat(this.http.get(Http.owner(UUID.randomUUID()), "/api/v1/products/" + id + "/price-overrides")
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aStorefrontOrderCrossingTheThresholdAlertsOnceAndDashboardOrdersNever() {
		String id = product("LOW-1", "1.00", 10, Map.of("name", "Lamp", "lowStockThreshold", 5));
		String quiet = product("LOW-2", "1.00", 10, Map.of("lowStockThreshold", 5));
		try (TopicReader events = new TopicReader("catalog.events")) {
			reserve("DASHBOARD", Map.of(), "LOW-2", 6);
			reserve("STOREFRONT", Map.of(), "LOW-1", 4);
			reserve("STOREFRONT", Map.of(), "LOW-1", 1);
			reserve("STOREFRONT", Map.of(), "LOW-1", 1);

			JsonNode alert = events.awaitFirst(this.company, "product.low_stock", (e) -> true);
			assertThat(alert.path("data").path("productId").asString()).isEqualTo(id);
			assertThat(alert.path("data").path("sku").asString()).isEqualTo("LOW-1");
			assertThat(alert.path("data").path("name").asString()).isEqualTo("Lamp");
			assertThat(alert.path("data").path("stock").asInt()).isEqualTo(5);
			assertThat(alert.path("data").path("threshold").asInt()).isEqualTo(5);
			await().during(Duration.ofSeconds(1))
				.atMost(Duration.ofSeconds(3))
				.until(() -> events.events(this.company, "product.low_stock").size() == 1);
			assertThat(events.events(this.company, "product.low_stock"))
				.allMatch((e) -> e.path("data").path("productId").asString().equals(id));
			assertThat(quiet).isNotNull();
		}
	}

	@Test
	void restockingAboveTheThresholdArmsTheAlertAgain() {
		String id = product("REARM-1", "1.00", 6, Map.of("lowStockThreshold", 5));
		try (TopicReader events = new TopicReader("catalog.events")) {
			reserve("STOREFRONT", Map.of(), "REARM-1", 2);
			this.http.post(this.owner, "/api/v1/products/" + id + "/stock-adjustments",
					Map.of("delta", 10, "reason", "Restock"));
			reserve("STOREFRONT", Map.of(), "REARM-1", 10);

			await().atMost(Duration.ofSeconds(30))
				.until(() -> events.events(this.company, "product.low_stock").size() == 2);
			assertThat(events.events(this.company, "product.low_stock"))
				.extracting((e) -> e.path("data").path("stock").asInt())
				.containsExactly(4, 4);
		}
	}

	@Test
	void everyStockChangeOfAnOrderIsInTheHistory() {
		String id = product("HIS-1", "1.00", 10, Map.of());
		UUID released = UUID.randomUUID();
		UUID cancelled = UUID.randomUUID();
		this.http.post(this.owner, "/internal/stock-reservations",
				StockReservationTest.reservation(released, "API", "HIS-1", 2));
		this.http.post(this.owner, "/internal/stock-reservations",
				StockReservationTest.reservation(cancelled, "API", "HIS-1", 3));
		this.http.delete(this.owner, "/internal/stock-reservations/" + released);
		TestEvents.publish("order.events", this.company, "order.cancelled", Map.of("orderId", cancelled));

		await().atMost(Duration.ofSeconds(30)).until(() -> kinds(id).size() == 5);
		assertThat(kinds(id)).containsExactly("ADJUSTMENT +10 = 10", "ORDER -2 = 8", "ORDER -3 = 5", "RELEASE +2 = 7",
				"CANCELLATION +3 = 10");
	}

	List<String> kinds(String productId) {
		return this.jdbc
			.sql("select kind || ' ' || case when delta > 0 then '+' else '' end || delta || ' = ' || stock_after"
					+ " from stock_movement where product_id = ?::uuid order by id")
			.param(productId)
			.query(String.class)
			.list();
	}

}
