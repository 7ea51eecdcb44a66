package app.distribu.catalog.product;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import app.distribu.catalog.Http;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class ProductApiTest {

	@LocalServerPort
	int port;

	Http http;

	final UUID companyA = UUID.randomUUID();

	final UUID companyB = UUID.randomUUID();

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	String writer(UUID company) {
		return TestTokens.apiKey(company, "products:read", "products:write");
	}

	@Test
	void createsAProductAndReturnsItInTheSpecShape() {
		Map<String, Object> body = new HashMap<>(Http.product("WDG-001", "12.5", 10));
		body.put("description", "A fine widget");
		body.put("category", "Hardware");
		body.put("lowStockThreshold", 3);
		ResponseEntity<Map> created = this.http.post(writer(this.companyA), "/api/v1/products", body);

		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Map product = created.getBody();
		assertThat(product).containsEntry("sku", "WDG-001")
			.containsEntry("name", "Product WDG-001")
			.containsEntry("description", "A fine widget")
			.containsEntry("category", "Hardware")
			.containsEntry("price", "12.50")
			.containsEntry("stock", 10)
			.containsEntry("lowStockThreshold", 3)
			.containsEntry("active", true)
			.containsEntry("imageUrl", null)
			.containsEntry("images", List.of());
		ResponseEntity<Map> fetched = this.http.get(TestTokens.apiKey(this.companyA, "products:read"),
				"/api/v1/products/" + product.get("id"));
		assertThat(fetched.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(fetched.getBody()).isEqualTo(product);
	}

	@Test
	void refusesCreationWithoutTheWriteScopeNamingIt() {
		ResponseEntity<Map> response = this.http.post(TestTokens.apiKey(this.companyA, "products:read"),
				"/api/v1/products", Http.product("NOPE-1", "1.00", 1));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat((String) response.getBody().get("detail")).contains("products:write");
	}

	@Test
	void refusesListingWithoutTheReadScope() {
		ResponseEntity<Map> response = this.http.get(TestTokens.apiKey(this.companyA, "orders:read"),
				"/api/v1/products");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat((String) response.getBody().get("detail")).contains("products:read");
	}

	@Test
	void rejectsASkuThatDiffersOnlyByWhitespaceButAllowsOtherCase() {
		String token = writer(this.companyA);
		assertThat(this.http.post(token, "/api/v1/products", Http.product("DUP-001", "1.00", 1)).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);

		ResponseEntity<Map> duplicate = this.http.post(token, "/api/v1/products", Http.product(" DUP-001 ", "2.00", 1));
		assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(duplicate.getBody()).containsEntry("detail", "A product with SKU DUP-001 already exists.");

		ResponseEntity<Map> lowerCase = this.http.post(token, "/api/v1/products", Http.product("dup-001", "2.00", 1));
		assertThat(lowerCase.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(lowerCase.getBody()).containsEntry("sku", "dup-001");
	}

	@Test
	void storesTheSkuTrimmed() {
		ResponseEntity<Map> created = this.http.post(writer(this.companyA), "/api/v1/products",
				Http.product("  TRIM-1 ", "1.00", 1));

		assertThat(created.getBody()).containsEntry("sku", "TRIM-1");
	}

	@Test
	void answersInvalidFieldsWithFieldErrors() {
		Map<String, Object> body = new HashMap<>();
		body.put("sku", " ");
		body.put("name", "Bad");
		body.put("price", "1.234");
		body.put("stock", 2.5);
		ResponseEntity<Map> response = this.http.post(writer(this.companyA), "/api/v1/products", body);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((Map) response.getBody().get("errors")).containsKeys("sku", "price", "stock");
	}

	@Test
	void refusesANegativePriceAndNegativeStock() {
		ResponseEntity<Map> response = this.http.post(writer(this.companyA), "/api/v1/products",
				Http.product("NEG-1", "-1.00", -3));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((Map) response.getBody().get("errors")).containsKeys("price", "stock");
	}

	@Test
	void anotherCompanyCannotReadOrListTheProduct() {
		Map created = this.http.post(writer(this.companyA), "/api/v1/products", Http.product("SECRET-1", "5.00", 5))
			.getBody();

		String other = TestTokens.apiKey(this.companyB, "products:read");
		assertThat(this.http.get(other, "/api/v1/products/" + created.get("id")).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		List<Map> data = (List<Map>) this.http.get(other, "/api/v1/products?limit=100").getBody().get("data");
		assertThat(data).extracting((p) -> p.get("sku")).doesNotContain("SECRET-1");
	}

	@Test
	void pagesThroughEveryProductOnceWithTheCursor() {
		UUID company = UUID.randomUUID();
		for (int i = 1; i <= 5; i++) {
			this.http.post(writer(company), "/api/v1/products", Http.product("PG-" + i, "1.00", 1));
		}
		String reader = TestTokens.apiKey(company, "products:read");

		Map first = this.http.get(reader, "/api/v1/products?limit=2").getBody();
		assertThat(first).containsEntry("hasMore", true);
		Map second = this.http.get(reader, "/api/v1/products?limit=2&cursor=" + first.get("nextCursor")).getBody();
		Map third = this.http.get(reader, "/api/v1/products?limit=2&cursor=" + second.get("nextCursor")).getBody();

		assertThat(third).containsEntry("hasMore", false).containsEntry("nextCursor", null);
		List<Object> skus = new java.util.ArrayList<>();
		for (Map page : List.of(first, second, third)) {
			((List<Map>) page.get("data")).forEach((p) -> skus.add(p.get("sku")));
		}
		assertThat(skus).containsExactly("PG-1", "PG-2", "PG-3", "PG-4", "PG-5");
	}

	@Test
	void refusesALimitOutsideOneToOneHundred() {
		String reader = TestTokens.apiKey(this.companyA, "products:read");

		assertThat(this.http.get(reader, "/api/v1/products?limit=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.http.get(reader, "/api/v1/products?limit=101").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.http.get(reader, "/api/v1/products?cursor=garbage").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void requiresAToken() {
		ResponseEntity<String> response = this.http.raw()
			.get()
			.uri("/api/v1/products")
			.retrieve()
			.toEntity(String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

}
