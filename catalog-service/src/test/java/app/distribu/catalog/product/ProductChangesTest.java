package app.distribu.catalog.product;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class ProductChangesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	final UUID company = UUID.randomUUID();

	String writer;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
		this.writer = TestTokens.apiKey(this.company, "products:read", "products:write");
	}

	Map create(String sku, int stock) {
		ResponseEntity<Map> created = this.http.post(this.writer, "/api/v1/products", Http.product(sku, "5.00", stock));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return created.getBody();
	}

	ResponseEntity<Map> put(String token, String path, Object body) {
		return this.http.raw()
			.put()
			.uri(path)
			.headers((h) -> h.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(Map.class);
	}

	@Test
	void aKeyWithoutTheWriteScopeHearsAboutTheScopeNotAboutItsBody() {
		ResponseEntity<Map> response = this.http.post(TestTokens.apiKey(this.company, "products:read"),
				"/api/v1/products", Map.of("sku", " "));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat((String) response.getBody().get("detail")).contains("products:write");
	}

	@Test
	void storefrontContactsCannotUseTheProductApi() {
		String contact = TestTokens.contact(this.company, "shop", UUID.randomUUID(), UUID.randomUUID());

		assertThat(this.http.get(contact, "/api/v1/products").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void updatesEveryFieldAndRefusesASkuAnotherProductHas() {
		Map widget = create("UPD-1", 4);
		create("UPD-2", 1);
		Map<String, Object> body = new HashMap<>(Http.product(" UPD-1B ", "7.25", 9));
		body.put("category", "Paint");
		body.put("minOrderQuantity", 6);
		body.put("quantityStep", 3);
		body.put("overrideGated", true);

		ResponseEntity<Map> updated = put(this.writer, "/api/v1/products/" + widget.get("id"), body);

		assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(updated.getBody()).containsEntry("sku", "UPD-1B")
			.containsEntry("price", "7.25")
			.containsEntry("stock", 9)
			.containsEntry("category", "Paint")
			.containsEntry("minOrderQuantity", 6)
			.containsEntry("quantityStep", 3)
			.containsEntry("overrideGated", true);
		ResponseEntity<Map> clash = put(this.writer, "/api/v1/products/" + widget.get("id"),
				Http.product("UPD-2 ", "1.00", 1));
		assertThat(clash.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(clash.getBody()).containsEntry("detail", "A product with SKU UPD-2 already exists.");
	}

	@Test
	void aPatchChangesOnlyTheFieldsItNames() {
		Map<String, Object> body = new HashMap<>(Http.product("PAT-1", "3.00", 8));
		body.put("category", "Tools");
		Map product = this.http.post(this.writer, "/api/v1/products", body).getBody();

		ResponseEntity<Map> patched = this.http.raw()
			.patch()
			.uri("/api/v1/products/" + product.get("id"))
			.headers((h) -> h.setBearerAuth(this.writer))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("price", "3.50", "active", false))
			.retrieve()
			.toEntity(Map.class);
		ResponseEntity<Map> blank = this.http.raw()
			.patch()
			.uri("/api/v1/products/" + product.get("id"))
			.headers((h) -> h.setBearerAuth(this.writer))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", " "))
			.retrieve()
			.toEntity(Map.class);

		assertThat(patched.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(patched.getBody()).containsEntry("price", "3.50")
			.containsEntry("active", false)
			.containsEntry("sku", "PAT-1")
			.containsEntry("category", "Tools")
			.containsEntry("stock", 8);
		assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((Map) blank.getBody().get("errors")).containsKey("name");
	}

	@Test
	void filtersBySkuOrNameCategoryAndActive() {
		Map<String, Object> paint = new HashMap<>(Http.product("FLT-RED", "1.00", 1));
		paint.put("category", "Paint");
		paint.put("name", "Red barn paint");
		this.http.post(this.writer, "/api/v1/products", paint);
		Map<String, Object> off = new HashMap<>(Http.product("FLT-OFF", "1.00", 1));
		off.put("active", false);
		this.http.post(this.writer, "/api/v1/products", off);

		assertThat(skus("/api/v1/products?q=barn")).containsExactly("FLT-RED");
		assertThat(skus("/api/v1/products?q=flt-")).containsExactly("FLT-RED", "FLT-OFF");
		assertThat(skus("/api/v1/products?category=Paint")).containsExactly("FLT-RED");
		assertThat(skus("/api/v1/products?active=false")).containsExactly("FLT-OFF");
	}

	List<Object> skus(String path) {
		return ((List<Map>) this.http.get(this.writer, path).getBody().get("data")).stream()
			.map((p) -> p.get("sku"))
			.toList();
	}

	@Test
	void adjustsStockWithAReasonAndNeverBelowZero() {
		Map product = create("ADJ-1", 5);
		String path = "/api/v1/products/" + product.get("id") + "/stock-adjustments";

		ResponseEntity<Map> added = this.http.post(this.writer, path, Map.of("delta", 7, "reason", "Delivery"));
		ResponseEntity<Map> tooMuch = this.http.post(this.writer, path, Map.of("delta", -13, "reason", "Count"));
		ResponseEntity<Map> noReason = this.http.post(this.writer, path, Map.of("delta", 1));

		assertThat(added.getBody()).containsEntry("stock", 12);
		assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(tooMuch.getBody()).containsEntry("detail",
				"Stock can't go below zero: ADJ-1 has 12 in stock, the adjustment is -13.");
		assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		List<Map<String, Object>> movements = this.jdbc
			.sql("select delta, stock_after, kind, reason from stock_movement where product_id = ?::uuid order by id")
			.param(product.get("id"))
			.query()
			.listOfRows();
		assertThat(movements).extracting((m) -> m.get("kind") + " " + m.get("delta") + " " + m.get("reason"))
			.containsExactly("ADJUSTMENT 5 Initial stock", "ADJUSTMENT 7 Delivery");
	}

	@Test
	void anotherCompanyCanNeitherChangeNorDeleteNorAdjust() {
		Map product = create("MINE-9", 5);
		String other = TestTokens.apiKey(UUID.randomUUID(), "products:read", "products:write");
		String path = "/api/v1/products/" + product.get("id");

		assertThat(put(other, path, Http.product("HACK", "0.01", 0)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(
				this.http.post(other, path + "/stock-adjustments", Map.of("delta", -5, "reason", "x")).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.http.delete(other, path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.http.get(this.writer, path).getBody()).containsEntry("sku", "MINE-9").containsEntry("stock", 5);
	}

	@Test
	void deletesAProductThatWasOrdered() {
		Map product = create("DEL-1", 5);
		this.http.post(Http.owner(this.company), "/internal/stock-reservations", Map.of("orderId", UUID.randomUUID(),
				"source", "API", "lines", List.of(Map.of("sku", "DEL-1", "quantity", 1))));

		assertThat(this.http.delete(this.writer, "/api/v1/products/" + product.get("id")).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.http.get(this.writer, "/api/v1/products/" + product.get("id")).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

}
