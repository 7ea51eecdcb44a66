package app.distribu.catalog.stock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.distribu.catalog.Http;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class StockReservationTest {

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

	String product(String sku, String price, int stock, boolean active) {
		Map<String, Object> body = new HashMap<>(Http.product(sku, price, stock));
		body.put("active", active);
		ResponseEntity<Map> created = this.http.post(this.owner, "/api/v1/products", body);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) created.getBody().get("id");
	}

	int stock(String productId) {
		return (int) this.http.get(this.owner, "/api/v1/products/" + productId).getBody().get("stock");
	}

	static Map<String, Object> reservation(UUID orderId, String source, Object... skuAndQuantity) {
		List<Map<String, Object>> lines = new ArrayList<>();
		for (int i = 0; i < skuAndQuantity.length; i += 2) {
			lines.add(Map.of("sku", skuAndQuantity[i], "quantity", skuAndQuantity[i + 1]));
		}
		return Map.of("orderId", orderId, "source", source, "lines", lines);
	}

	ResponseEntity<Map> reserve(Map<String, Object> body) {
		return this.http.post(callerOf(this.company, this.owner, body), "/internal/stock-reservations", body);
	}

	/**
	 * catalog takes the channel from the token, not the body (docs/security.md): the
	 * caller that would send this source.
	 */
	static String callerOf(UUID company, String owner, Map<String, Object> body) {
		return switch (String.valueOf(body.get("source"))) {
			case "API" -> TestTokens.apiKey(company, "orders:write");
			case "STOREFRONT" ->
				TestTokens.contact(company, "store", UUID.randomUUID(), (body.get("customerId") != null)
						? UUID.fromString(String.valueOf(body.get("customerId"))) : UUID.randomUUID());
			default -> owner;
		};
	}

	@Test
	void reservingDecrementsStockAndAnswersWithCatalogPrices() {
		String id = product("RES-1", "12.50", 10, true);
		UUID orderId = UUID.randomUUID();

		ResponseEntity<Map> response = reserve(reservation(orderId, "API", "RES-1", 3));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).containsEntry("orderId", orderId.toString()).containsEntry("currency", "USD");
		Map<String, Object> line = new java.util.HashMap<>(Map.of("productId", id, "sku", "RES-1", "name",
				"Product RES-1", "unitPrice", "12.50", "quantity", 3, "priceRule", "Catalog price"));
		line.put("priceList", null);
		assertThat((List<Map>) response.getBody().get("lines")).singleElement().isEqualTo(line);
		assertThat(stock(id)).isEqualTo(7);
	}

	@Test
	void aRepeatedOrderIdReturnsTheFirstAnswerWithoutTakingStockAgain() {
		String id = product("IDEM-1", "2.00", 10, true);
		UUID orderId = UUID.randomUUID();
		Map first = reserve(reservation(orderId, "API", "IDEM-1", 4)).getBody();

		ResponseEntity<Map> again = reserve(reservation(orderId, "API", "IDEM-1", 4));

		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(again.getBody()).isEqualTo(first);
		assertThat(stock(id)).isEqualTo(6);
	}

	@Test
	void takesAllLinesOrNoneAndNamesTheShortSku() {
		String plenty = product("ALL-1", "1.00", 10, true);
		String scarce = product("ALL-2", "1.00", 3, true);

		ResponseEntity<Map> response = reserve(reservation(UUID.randomUUID(), "API", "ALL-1", 2, "ALL-2", 5));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(response.getBody()).containsEntry("detail", "Not enough stock for ALL-2: 3 available, 5 requested.");
		assertThat(stock(plenty)).isEqualTo(10);
		assertThat(stock(scarce)).isEqualTo(3);
	}

	@Test
	void refusesAnUnknownSku() {
		ResponseEntity<Map> response = reserve(reservation(UUID.randomUUID(), "API", "NOPE-404", 1));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(response.getBody()).containsEntry("detail", "Unknown SKU: NOPE-404");
	}

	@Test
	void rejectsReservationForAnotherCompanysProduct() {
		String id = product("MINE-1", "1.00", 5, true);

		ResponseEntity<Map> response = this.http.post(Http.owner(UUID.randomUUID()), "/internal/stock-reservations",
				reservation(UUID.randomUUID(), "API", "MINE-1", 1));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(response.getBody()).containsEntry("detail", "Unknown SKU: MINE-1");
		assertThat(stock(id)).isEqualTo(5);
	}

	@Test
	void inactiveProductsCanOnlyBeOrderedFromTheDashboard() {
		String id = product("OFF-1", "1.00", 5, false);

		ResponseEntity<Map> storefront = reserve(reservation(UUID.randomUUID(), "STOREFRONT", "OFF-1", 1));
		assertThat(storefront.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat((String) storefront.getBody().get("detail")).contains("OFF-1");

		assertThat(reserve(reservation(UUID.randomUUID(), "DASHBOARD", "OFF-1", 1)).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(stock(id)).isEqualTo(4);
	}

	@Test
	void anApiKeyNeedsOrdersWrite() {
		product("KEY-1", "1.00", 5, true);

		ResponseEntity<Map> response = this.http.post(TestTokens.apiKey(this.company, "orders:read"),
				"/internal/stock-reservations", reservation(UUID.randomUUID(), "API", "KEY-1", 1));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat((String) response.getBody().get("detail")).contains("orders:write");
		assertThat(this.http
			.post(TestTokens.apiKey(this.company, "orders:write"), "/internal/stock-reservations",
					reservation(UUID.randomUUID(), "API", "KEY-1", 1))
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void releasingReturnsTheStockOnce() {
		String id = product("REL-1", "1.00", 10, true);
		UUID orderId = UUID.randomUUID();
		reserve(reservation(orderId, "API", "REL-1", 4));

		assertThat(this.http.delete(this.owner, "/internal/stock-reservations/" + orderId).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.http.delete(this.owner, "/internal/stock-reservations/" + orderId).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(stock(id)).isEqualTo(10);
	}

	@Test
	void anotherCompanyCannotReleaseAReservation() {
		String id = product("REL-2", "1.00", 10, true);
		UUID orderId = UUID.randomUUID();
		reserve(reservation(orderId, "API", "REL-2", 4));

		this.http.delete(Http.owner(UUID.randomUUID()), "/internal/stock-reservations/" + orderId);

		assertThat(stock(id)).isEqualTo(6);
	}

	@Test
	void fiftyParallelOrdersForTheLastTenUnitsSellExactlyTen() throws Exception {
		String id = product("HOT-1", "1.00", 10, true);
		List<Callable<Integer>> attempts = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			attempts
				.add(() -> reserve(reservation(UUID.randomUUID(), "STOREFRONT", "HOT-1", 1)).getStatusCode().value());
		}
		List<Integer> outcomes = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(50);
		try {
			for (Future<Integer> outcome : pool.invokeAll(attempts)) {
				outcomes.add(outcome.get());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(outcomes).filteredOn((status) -> status == 200).hasSize(10);
		assertThat(outcomes).filteredOn((status) -> status == 422).hasSize(40);
		assertThat(stock(id)).isZero();
		// Conservation: what the movements took is what the stock lost, never below zero.
		assertThat(this.jdbc.sql("select sum(delta) from stock_movement where product_id = ?::uuid and kind = 'ORDER'")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(-10);
		assertThat(this.jdbc.sql("select min(stock_after) from stock_movement where product_id = ?::uuid")
			.param(id)
			.query(Integer.class)
			.single()).isZero();
	}

}
