package app.distribu.catalog.storefront;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.distribu.catalog.Http;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The FAQ's "My product isn't showing up on the storefront", answer by answer. */
@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class StorefrontTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	final UUID company = UUID.randomUUID();

	String owner;

	String slug;

	@BeforeEach
	void store() {
		this.http = new Http(this.port);
		this.owner = Http.owner(this.company);
		this.slug = "shop-" + UUID.randomUUID().toString().substring(0, 8);
		TestEvents.publish("identity.events", this.company, "company.created",
				Map.of("companyId", this.company, "name", "Shop", "slug", this.slug, "currency", "USD", "ownerUserId",
						UUID.randomUUID(), "ownerEmail", "o@shop.test"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.http.page(null, "/store/" + this.slug).getStatusCode() == HttpStatus.OK);
	}

	String product(String sku, String name, int stock, Map<String, Object> extra) {
		Map<String, Object> body = new HashMap<>(Http.product(sku, "10.00", stock));
		body.put("name", name);
		body.putAll(extra);
		ResponseEntity<Map> created = this.http.post(this.owner, "/api/v1/products", body);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) created.getBody().get("id");
	}

	UUID customerWithOverride(String productId, String price) {
		UUID customer = UUID.randomUUID();
		this.jdbc.sql("insert into customer_ref (id, company_id, name, status) values (?, ?, 'Buyer', 'ACTIVE')")
			.params(customer, this.company)
			.update();
		this.http.raw()
			.put()
			.uri("/api/v1/products/" + productId + "/price-overrides")
			.headers((h) -> h.setBearerAuth(this.owner))
			.body(Map.of("customerId", customer, "price", price))
			.retrieve()
			.toBodilessEntity();
		return customer;
	}

	String contact(UUID customer) {
		return TestTokens.contact(this.company, this.slug, UUID.randomUUID(), customer);
	}

	Document page(String token, String path) {
		return Jsoup.parse(this.http.page(token, path).getBody());
	}

	@Test
	void theCatalogIsPagedBy24AndProductsWithoutAnImageGetAPlaceholder() {
		for (int i = 1; i <= 25; i++) {
			product(String.format("PAGE-%02d", i), String.format("Olive oil %02d", i), 5, Map.of());
		}
		product("CAT-1", "Garden hose", 5, Map.of("category", "Garden"));

		Document first = page(null, "/store/" + this.slug);
		assertThat(first.select("article.product")).hasSize(24);
		assertThat(first.select("#shelf-count").text()).isEqualTo("26 products");
		assertThat(first.select("#pager").text()).contains("Page 1 of 2");
		assertThat(first.select("#pager a[rel=next]").attr("href")).isEqualTo("/store/" + this.slug + "?page=2");
		assertThat(first.select("#pager a[rel=prev]")).isEmpty();
		assertThat(first.select("article.product .image-placeholder").first().text()).isEqualTo("GH");

		Document last = page(null, "/store/" + this.slug + "?page=2");
		assertThat(last.select("article.product")).hasSize(2);
		assertThat(last.select("article.product h3").last().text()).isEqualTo("Olive oil 25");
		assertThat(last.select("#pager a[rel=next]")).isEmpty();
		assertThat(page(null, "/store/" + this.slug + "?page=99").select("#pager").text())
			.as("past the end shows the last page")
			.contains("Page 2 of 2");
		Document searched = page(null, "/store/" + this.slug + "?q=oil&page=2");
		assertThat(searched.select("#pager a[rel=prev]").attr("href"))
			.isEqualTo("/store/" + this.slug + "?q=oil&page=1");
		assertThat(page(null, "/store/" + this.slug + "?category=Garden").select("#pager")).isEmpty();
		assertThat(this.http.page(null, "/store/" + this.slug + "?page=two").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void searchFindsProductsBySkuOrName() {
		product("SRCH-1", "Garden hose", 3, Map.of());
		product("SRCH-2", "Rake", 3, Map.of());

		assertThat(page(null, "/store/" + this.slug + "?q=hose").select("article.product h3").eachText())
			.containsExactly("Garden hose");
		assertThat(page(null, "/store/" + this.slug + "?q=srch-2").select("article.product h3").eachText())
			.containsExactly("Rake");
	}

	@Test
	void theHeaderOffersSignInOrShowsTheSignedInBuyerOfThisStoreOnly() {
		Element visitor = page(null, "/store/" + this.slug).selectFirst("#store-account");
		assertThat(visitor.select("a").eachAttr("href")).containsExactly("/store/" + this.slug + "/login",
				"/store/" + this.slug + "/register");

		Element buyer = page(contact(UUID.randomUUID()), "/store/" + this.slug).selectFirst("#store-account");
		assertThat(buyer.text()).contains("Test Buyer", "Sign out");
		assertThat(buyer.select("form").attr("action")).isEqualTo("/store/" + this.slug + "/logout");
		assertThat(buyer.select("input[name=_csrf]")).hasSize(1);
	}

	@Test
	void theProductPageShowsAnActiveProductAndIsNotFoundOtherwise() {
		String shown = product("PP-1", "Shovel", 0, Map.of("minOrderQuantity", 4, "quantityStep", 2));
		String hidden = product("PP-2", "Secret", 3, Map.of("active", false));
		String elsewhere = (String) this.http
			.post(Http.owner(UUID.randomUUID()), "/api/v1/products", Http.product("PP-3", "1.00", 1))
			.getBody()
			.get("id");

		Document page = page(null, "/store/" + this.slug + "/products/" + shown);
		assertThat(page.select("h1").text()).isEqualTo("Shovel");
		assertThat(page.select(".badge.out-of-stock").text()).isEqualTo("Out of stock");
		assertThat(page.select("button:contains(Add to cart)").hasAttr("disabled")).isTrue();
		assertThat(page.text()).contains("Minimum order: 4", "Sold in multiples of 2");
		for (String id : new String[] { hidden, elsewhere, "not-an-id" }) {
			assertThat(this.http.page(null, "/store/" + this.slug + "/products/" + id).getStatusCode())
				.isEqualTo(HttpStatus.NOT_FOUND);
		}
		assertThat(this.http.page(null, "/store/" + this.slug.toUpperCase() + "/products/" + shown).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aSignedInCustomerSeesTheirOwnPriceAndOthersTheCatalogPrice() {
		String id = product("OWN-1", "Ladder", 5, Map.of());
		UUID customer = customerWithOverride(id, "7.50");

		Document theirs = page(contact(customer), "/store/" + this.slug);
		Document anonymous = page(null, "/store/" + this.slug);
		Document someoneElse = page(contact(UUID.randomUUID()), "/store/" + this.slug + "/products/" + id);

		assertThat(theirs.select("article.product .price").text()).isEqualTo("7.50 USD");
		assertThat(theirs.select("article.product").text()).contains("Your price");
		assertThat(anonymous.select("article.product .price").text()).isEqualTo("10.00 USD");
		assertThat(someoneElse.select(".price").text()).isEqualTo("10.00 USD");
	}

	@Test
	void gatedProductsAppearOnlyToSignedInCustomersWithAnOverride() {
		String gated = product("GATED-1", "Special blend", 5, Map.of("overrideGated", true));
		product("OPEN-1", "Open product", 5, Map.of());
		UUID vip = customerWithOverride(gated, "9.00");

		assertThat(page(null, "/store/" + this.slug).select("article.product h3").eachText())
			.containsExactly("Open product");
		assertThat(page(contact(UUID.randomUUID()), "/store/" + this.slug).select("article.product h3").eachText())
			.containsExactly("Open product");
		assertThat(page(contact(vip), "/store/" + this.slug).select("article.product h3").eachText())
			.containsExactly("Open product", "Special blend");
		assertThat(this.http.page(null, "/store/" + this.slug + "/products/" + gated).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		// A contact of another store is a stranger here.
		String foreign = TestTokens.contact(UUID.randomUUID(), "other", UUID.randomUUID(), vip);
		assertThat(page(foreign, "/store/" + this.slug).select("article.product h3").eachText())
			.containsExactly("Open product");
	}

	@Test
	void theAddToCartFormOffersTheFirstQuantityTheRulesAllow() {
		product("RULE-1", "Tiles", 100, Map.of("minOrderQuantity", 10, "quantityStep", 4));

		Document page = page(null, "/store/" + this.slug);

		assertThat(page.select("form.add-to-cart input[name=quantity]").attr("value")).isEqualTo("12");
		assertThat(page.select("form.add-to-cart input[name=quantity]").attr("step")).isEqualTo("4");
	}

	@Test
	void theShelfOffersAddToListForEachProduct() {
		product("LIST-2", "Grout & sealant", 100, Map.of("minOrderQuantity", 6, "quantityStep", 6));

		Document page = page(null, "/store/" + this.slug);

		assertThat(page.select("article.product a.add-to-list").attr("href"))
			.isEqualTo("/store/" + this.slug + "/lists/add?sku=LIST-2&quantity=6");
	}

	@Test
	void theProductPageOffersAddToListWithTheSkuAndFirstQuantity() {
		String id = product("LIST-1", "Tiles", 100, Map.of("minOrderQuantity", 10, "quantityStep", 4));

		Document page = page(null, "/store/" + this.slug + "/products/" + id);

		assertThat(page.select("form#add-to-list").attr("action")).isEqualTo("/store/" + this.slug + "/lists/add");
		assertThat(page.select("form#add-to-list").attr("method")).isEqualTo("get");
		assertThat(page.select("form#add-to-list input[name=sku]").attr("value")).isEqualTo("LIST-1");
		assertThat(page.select("form#add-to-list input[name=quantity]").attr("value")).isEqualTo("12");
	}

}
