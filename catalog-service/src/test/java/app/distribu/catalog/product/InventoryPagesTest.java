package app.distribu.catalog.product;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.distribu.catalog.Browser;
import app.distribu.catalog.Http;
import app.distribu.platform.test.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class InventoryPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	final UUID company = UUID.randomUUID();

	String owner;

	Browser browser;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
		this.owner = Http.owner(this.company);
		this.browser = new Browser(this.http, this.owner);
	}

	String product(String sku, String name, String price, int stock, String category) {
		Map<String, Object> body = new HashMap<>(Http.product(sku, price, stock));
		body.put("name", name);
		body.put("category", category);
		ResponseEntity<Map> created = this.http.post(this.owner, "/api/v1/products", body);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) created.getBody().get("id");
	}

	Document page(String path) {
		ResponseEntity<String> response = this.browser.open(path);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return Jsoup.parse(response.getBody());
	}

	static Map<String, String> fields(String sku) {
		return Map.of("sku", sku, "name", "Widget", "price", "2.00", "stock", "1", "active", "true");
	}

	@Test
	void theStockFilterListsLowAndOutOfStockProductsAndTheHomeSummaryCountsThem() {
		stocked("LOW-1", "Desk lamp", 2, 5, true);
		stocked("OUT-1", "Floor lamp", 0, 5, true);
		stocked("OUT-2", "Zero threshold", 0, 0, true);
		stocked("FINE-1", "Table", 50, 5, true);
		stocked("HIDDEN-1", "Retired lamp", 1, 5, false);

		assertThat(page("/dashboard/products?stock=low").select("tbody tr code").eachText())
			.containsExactlyInAnyOrder("LOW-1", "OUT-1", "OUT-2", "HIDDEN-1");
		Document out = page("/dashboard/products?stock=out");
		assertThat(out.select("tbody tr code").eachText()).containsExactlyInAnyOrder("OUT-1", "OUT-2");
		assertThat(out.select("#stock-filter option[selected]").attr("value")).isEqualTo("out");
		ResponseEntity<String> unknown = this.browser.open("/dashboard/products?stock=plenty");
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Jsoup.parse(unknown.getBody()).text()).contains("\"plenty\" is not a stock filter.");

		Map summary = this.http.get(this.owner, "/internal/dashboard/stock").getBody();
		assertThat(summary).containsEntry("lowStock", 3).containsEntry("outOfStock", 2);
		assertThat(((java.util.List<Map>) summary.get("products")).stream().map((p) -> p.get("sku")))
			.as("the most urgent first; inactive products are not on sale")
			.containsExactly("OUT-1", "LOW-1", "OUT-2");
		Map elsewhere = this.http.get(Http.owner(UUID.randomUUID()), "/internal/dashboard/stock").getBody();
		assertThat(elsewhere).containsEntry("lowStock", 0);
	}

	void stocked(String sku, String name, int stock, int threshold, boolean active) {
		Map<String, Object> body = new HashMap<>(Http.product(sku, "9.00", stock));
		body.put("name", name);
		body.put("lowStockThreshold", threshold);
		body.put("active", active);
		assertThat(this.http.post(this.owner, "/api/v1/products", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	@Test
	void theFormTrimsSkusAndTreatsOtherCaseAsAnotherSku() {
		assertThat(this.browser.submit("/dashboard/products/new", "/dashboard/products/new", fields("WDG-001"))
			.getStatusCode()).isEqualTo(HttpStatus.FOUND);

		ResponseEntity<String> duplicate = this.browser.submit("/dashboard/products/new", "/dashboard/products/new",
				fields("  WDG-001 "));
		ResponseEntity<String> otherCase = this.browser.submit("/dashboard/products/new", "/dashboard/products/new",
				fields("wdg-001"));

		assertThat(Jsoup.parse(duplicate.getBody()).select(".field-error").eachText())
			.contains("A product with SKU WDG-001 already exists.");
		assertThat(otherCase.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(page("/dashboard/products?q=wdg").select("tbody code").eachText())
			.containsExactlyInAnyOrder("WDG-001", "wdg-001");
	}

	@Test
	void searchesFiltersSortsAndPages() {
		product("S-CHEAP", "Zinc screw", "0.10", 5, "Fasteners");
		product("S-DEAR", "Anchor bolt", "9.00", 0, "Fasteners");
		product("P-1", "Blue paint", "5.00", 2, "Paint");
		for (int i = 0; i < 25; i++) {
			product("BULK-" + i, "Bulk " + i, "1.00", 1, null);
		}

		Document fasteners = page("/dashboard/products?category=Fasteners&sort=price");
		Document search = page("/dashboard/products?q=BLUE");
		Document first = page("/dashboard/products");
		Document second = page("/dashboard/products?page=2");

		assertThat(fasteners.select("tbody code").eachText()).containsExactly("S-CHEAP", "S-DEAR");
		assertThat(fasteners.select("tr:contains(S-DEAR) .badge.out-of-stock").text()).isEqualTo("Out of stock");
		assertThat(search.select("tbody code").eachText()).containsExactly("P-1");
		assertThat(first.select("tbody tr")).hasSize(25);
		assertThat(first.select("tbody tr").first().text()).contains("Anchor bolt");
		assertThat(first.select(".pager").text()).contains("Page 1 of 2", "28 products");
		assertThat(second.select("tbody tr")).hasSize(3);
	}

	@Test
	void theRowToggleDeactivatesAndComesBack() {
		String id = product("TOG-1", "Toggle", "1.00", 1, null);

		ResponseEntity<String> toggled = this.browser.submit("/dashboard/products?q=TOG",
				"/dashboard/products/" + id + "/active",
				Map.of("active", "false", "back", "/dashboard/products?q=TOG"));

		assertThat(toggled.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(toggled.getHeaders().getLocation().toString()).isEqualTo("/dashboard/products?q=TOG");
		assertThat(page("/dashboard/products?q=TOG").select("tr:contains(TOG-1)").text()).contains("Inactive",
				"Activate");
	}

	@Test
	void editsAProductWithoutOverwritingItsStock() {
		String id = product("EDIT-1", "Old name", "1.00", 10, null);
		String path = "/dashboard/products/" + id;
		Document form = page(path);
		this.http.post(this.owner, "/api/v1/products/" + id + "/stock-adjustments",
				Map.of("delta", -4, "reason", "Breakage"));

		Map<String, String> edited = new HashMap<>();
		form.select("#details form input, #details form textarea, #details form select").forEach((field) -> {
			if (!field.attr("name").isEmpty() && !field.attr("name").equals("_csrf")) {
				edited.put(field.attr("name"),
						field.is("select") ? field.select("option[selected]").val() : field.val());
			}
		});
		edited.put("name", "New name");
		edited.put("category", "Garden");
		ResponseEntity<String> saved = this.browser.submit(path, path, edited);

		assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		Document after = page(path);
		assertThat(after.select("h1").text()).isEqualTo("New name");
		assertThat(after.select("#stock .stat").text()).isEqualTo("6");
		assertThat(after.select("input[name=category]").val()).isEqualTo("Garden");
	}

	Map<String, String> detailsOf(Document page) {
		Map<String, String> fields = new HashMap<>();
		page.select("#details form input, #details form textarea, #details form select").forEach((field) -> {
			if (!field.attr("name").isEmpty() && !field.attr("name").equals("_csrf")) {
				fields.put(field.attr("name"),
						field.is("select") ? field.select("option[selected]").val() : field.val());
			}
		});
		return fields;
	}

	@Test
	void aSaveOverSomeoneElsesChangesIsRefusedAndKeepsTheInput() {
		String id = product("LOCK-1", "Original", "1.00", 1, null);
		String path = "/dashboard/products/" + id;
		Map<String, String> mine = detailsOf(page(path));
		this.http.raw()
			.put()
			.uri("/api/v1/products/" + id)
			.headers((h) -> h.setBearerAuth(this.owner))
			.body(Map.of("sku", "LOCK-1", "name", "Theirs", "price", "2.00", "stock", 1))
			.retrieve()
			.toBodilessEntity();

		mine.put("name", "Mine");
		ResponseEntity<String> stale = this.browser.submit(path, path, mine);

		Document page = Jsoup.parse(stale.getBody());
		assertThat(page.select(".alert.error").text()).startsWith("Someone else saved this product");
		assertThat(page.select("input[name=name]").val()).isEqualTo("Mine");
		assertThat(page.select("h1").text()).isEqualTo("Theirs");
		ResponseEntity<String> again = this.browser.submit(path, path, detailsOf(page));
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(page(path).select("h1").text()).isEqualTo("Mine");
	}

	@Test
	void adjustsStockWithAReasonAndShowsTheHistory() {
		String id = product("STK-1", "Stocked", "1.00", 3, null);
		String path = "/dashboard/products/" + id;

		ResponseEntity<String> tooMuch = this.browser.submit(path, path + "/stock",
				Map.of("delta", "-5", "reason", "Count"));
		ResponseEntity<String> noReason = this.browser.submit(path, path + "/stock",
				Map.of("delta", "2", "reason", ""));
		ResponseEntity<String> added = this.browser.submit(path, path + "/stock",
				Map.of("delta", "12", "reason", "Supplier delivery"));

		assertThat(Jsoup.parse(tooMuch.getBody()).select("#stock .field-error").text())
			.isEqualTo("Stock can't go below zero: STK-1 has 3 in stock, the adjustment is -5.");
		assertThat(Jsoup.parse(noReason.getBody()).select("#stock .field-error").text())
			.isEqualTo("Reason is required.");
		assertThat(added.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		Document after = page(path);
		assertThat(after.select("#stock .stat").text()).isEqualTo("15");
		assertThat(after.select("#history tbody tr").first().text()).contains("Adjustment", "+12", "15",
				"Supplier delivery");
		assertThat(after.select("#history tbody tr").last().text()).contains("Initial stock", "+3");
	}

	@Test
	void deletingAsksForConfirmationFirst() {
		String id = product("GONE-1", "Doomed", "1.00", 1, null);
		String path = "/dashboard/products/" + id;

		Document confirm = page(path + "/delete");
		assertThat(confirm.select("h1").text()).isEqualTo("Delete Doomed?");
		assertThat(this.http.get(this.owner, "/api/v1/products/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);

		ResponseEntity<String> deleted = this.browser.submit(path + "/delete", path + "/delete", Map.of());
		assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(this.http.get(this.owner, "/api/v1/products/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void anotherCompanysProductPageIsNotFound() {
		String id = product("PRIV-1", "Private", "1.00", 1, null);
		Browser stranger = new Browser(this.http, Http.owner(UUID.randomUUID()));

		assertThat(stranger.open("/dashboard/products/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(stranger.submit("/dashboard/products", "/dashboard/products/" + id + "/delete", Map.of())
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.http.get(this.owner, "/api/v1/products/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void setsACustomersPriceFromTheProductPage() {
		String id = product("OVR-9", "Priced", "10.00", 1, null);
		UUID customer = UUID.randomUUID();
		this.jdbc.sql("insert into customer_ref (id, company_id, name, status) values (?, ?, 'Acme Corp', 'ACTIVE')")
			.params(customer, this.company)
			.update();
		String path = "/dashboard/products/" + id;

		ResponseEntity<String> set = this.browser.submit(path, path + "/price-overrides",
				Map.of("customerId", customer.toString(), "price", "8.25"));

		assertThat(set.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(page(path).select("#overrides tbody tr").text()).contains("Acme Corp", "8.25");
	}

}
