package app.distribu.catalog;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class CatalogPagesTest {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	void product(String token, String sku, String category, int stock, boolean active) {
		Map<String, Object> body = new HashMap<>(Http.product(sku, "4.20", stock));
		body.put("category", category);
		body.put("active", active);
		assertThat(this.http.post(token, "/api/v1/products", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	String openStore(UUID company, String slug) {
		TestEvents.publish("identity.events", company, "company.created",
				Map.of("companyId", company, "name", "Acme Supply", "slug", slug, "currency", "EUR", "ownerUserId",
						UUID.randomUUID(), "ownerEmail", "owner@acme.test"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.http.page(null, "/store/" + slug).getStatusCode() == HttpStatus.OK);
		return slug;
	}

	@Test
	void theStorefrontShowsActiveProductsOnlyWithAnOutOfStockBadge() throws Exception {
		UUID company = UUID.randomUUID();
		String owner = Http.owner(company);
		product(owner, "SHOW-1", "Tools", 5, true);
		product(owner, "EMPTY-1", "Tools", 0, true);
		product(owner, "HIDDEN-1", "Tools", 5, false);
		String slug = openStore(company, "Acme-" + UUID.randomUUID().toString().substring(0, 8));

		Document page = Jsoup.parse(this.http.page(null, "/store/" + slug).getBody());

		assertThat(page.select("header .brand").text()).isEqualTo("Acme Supply");
		assertThat(page.select("article.product h3").eachText()).containsExactly("Product EMPTY-1", "Product SHOW-1");
		Element empty = page.select("article.product:contains(EMPTY-1)").first();
		assertThat(empty.select(".badge.out-of-stock").text()).isEqualTo("Out of stock");
		Element shown = page.select("article.product:contains(SHOW-1)").first();
		assertThat(shown.select(".badge.out-of-stock")).isEmpty();
		assertThat(shown.text()).contains("4.20 EUR");
		assertThat(empty.select("button:contains(Add to cart)").hasAttr("disabled")).isTrue();
		Element addToCart = shown.select("form.add-to-cart").first();
		assertThat(addToCart.attr("action")).isEqualTo("/store/" + slug + "/cart/items");
		assertThat(addToCart.select("input[name=sku]").val()).isEqualTo("SHOW-1");
		assertThat(addToCart.select("input[name=quantity]").val()).isEqualTo("1");
		assertThat(addToCart.select("input[name=_csrf]").val()).isNotBlank();
		assertThat(addToCart.select("button").hasAttr("disabled")).isFalse();
	}

	@Test
	void theCategoryFilterNarrowsTheCatalogAndOffersAllCategories() throws Exception {
		UUID company = UUID.randomUUID();
		String owner = Http.owner(company);
		product(owner, "TOOL-1", "Tools", 5, true);
		product(owner, "PAINT-1", "Paint", 5, true);
		String slug = openStore(company, "cat-" + UUID.randomUUID().toString().substring(0, 8));

		Document all = Jsoup.parse(this.http.page(null, "/store/" + slug).getBody());
		Document paint = Jsoup.parse(this.http.page(null, "/store/" + slug + "?category=Paint").getBody());

		assertThat(all.select("select[name=category] option").eachText()).containsExactly("All categories", "Paint",
				"Tools");
		assertThat(all.select("article.product h3").eachText()).hasSize(2);
		assertThat(paint.select("article.product h3").eachText()).containsExactly("Product PAINT-1");
	}

	@Test
	void anUnknownOrWrongCaseSlugIsAClearNotFoundPage() throws Exception {
		UUID company = UUID.randomUUID();
		String slug = openStore(company, "Case-" + UUID.randomUUID().toString().substring(0, 8));

		ResponseEntity<String> wrongCase = this.http.page(null, "/store/" + slug.toLowerCase());
		ResponseEntity<String> unknown = this.http.page(null, "/store/no-such-store");

		assertThat(wrongCase.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(wrongCase.getBody()).contains("Store not found").contains("case-sensitive");
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void reservationsUseTheStoresCurrency() throws Exception {
		UUID company = UUID.randomUUID();
		String owner = Http.owner(company);
		product(owner, "CUR-1", "Tools", 5, true);
		openStore(company, "cur-" + UUID.randomUUID().toString().substring(0, 8));

		ResponseEntity<Map> reservation = this.http.post(owner, "/internal/stock-reservations", Map.of("orderId",
				UUID.randomUUID(), "source", "API", "lines", List.of(Map.of("sku", "CUR-1", "quantity", 1))));

		assertThat(reservation.getBody()).containsEntry("currency", "EUR");
	}

	@Test
	void theDashboardListsProductsWithStatusAndStockBadges() {
		UUID company = UUID.randomUUID();
		String owner = Http.owner(company);
		product(owner, "DASH-1", "Tools", 0, false);
		product(Http.owner(UUID.randomUUID()), "OTHER-1", "Tools", 1, true);

		Document page = Jsoup.parse(this.http.page(owner, "/dashboard/products").getBody());

		Element row = page.select("tr:contains(DASH-1)").first();
		assertThat(row.text()).contains("Product DASH-1", "Tools", "4.20", "Out of stock", "Inactive");
		assertThat(page.text()).doesNotContain("OTHER-1");
	}

	@Test
	void theDashboardIsForTeamMembersOnly() {
		ResponseEntity<String> response = this.http.page(TestTokens.apiKey(UUID.randomUUID(), "products:read"),
				"/dashboard/products");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void theNewProductFormShowsReadableErrorsAndCreatesTheProduct() {
		UUID company = UUID.randomUUID();
		String owner = Http.owner(company);

		ResponseEntity<String> invalid = submit(owner,
				Map.of("sku", "", "name", "Gadget", "price", "1.999", "stock", "-1", "active", "true"));
		assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(Jsoup.parse(invalid.getBody()).select(".field-error").eachText()).contains("SKU is required.",
				"Price must have at most 2 decimals, like 12.50.", "Stock must be 0 or more.");
		ResponseEntity<String> notANumber = submit(owner,
				Map.of("sku", "X-1", "name", "Gadget", "price", "abc", "stock", "1", "active", "true"));
		assertThat(Jsoup.parse(notANumber.getBody()).select(".field-error").eachText())
			.contains("Enter a price like 12.50.");

		ResponseEntity<String> created = submit(owner,
				Map.of("sku", "FORM-1", "name", "Gadget", "price", "9.99", "stock", "3", "active", "false"));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		Document list = Jsoup.parse(this.http.page(owner, "/dashboard/products?created=FORM-1").getBody());
		assertThat(list.select(".alert.success").text()).contains("FORM-1");
		assertThat(list.select("tr:contains(FORM-1)").text()).contains("9.99", "Inactive");

		ResponseEntity<String> duplicate = submit(owner,
				Map.of("sku", "FORM-1 ", "name", "Gadget", "price", "9.99", "stock", "3", "active", "true"));
		assertThat(Jsoup.parse(duplicate.getBody()).select(".field-error").eachText())
			.contains("A product with SKU FORM-1 already exists.");
	}

	/**
	 * Submits the form as a browser does: the CSRF field from the page plus its cookie.
	 */
	ResponseEntity<String> submit(String token, Map<String, String> fields) {
		ResponseEntity<String> form = this.http.page(token, "/dashboard/products/new");
		String csrf = Jsoup.parse(form.getBody()).select("input[name=_csrf]").val();
		String cookie = form.getHeaders()
			.get(HttpHeaders.SET_COOKIE)
			.stream()
			.filter((c) -> c.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
		MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
		fields.forEach(body::add);
		body.add("_csrf", csrf);
		return this.http.raw().post().uri("/dashboard/products/new").headers((h) -> {
			h.setBearerAuth(token);
			h.add(HttpHeaders.COOKIE, cookie);
		}).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(body).retrieve().toEntity(String.class);
	}

}
