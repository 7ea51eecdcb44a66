package app.distribu.catalog.category;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import app.distribu.catalog.Browser;
import app.distribu.catalog.Http;
import app.distribu.platform.test.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class CategoryPagesTest {

	static final String PAGE = "/dashboard/products/categories";

	@LocalServerPort
	int port;

	Http http;

	String owner;

	Browser browser;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
		this.owner = Http.owner(UUID.randomUUID());
		this.browser = new Browser(this.http, this.owner);
	}

	String product(String sku, String category) {
		Map<String, Object> body = new HashMap<>(Http.product(sku, "1.00", 1));
		body.put("category", category);
		return (String) this.http.post(this.owner, "/api/v1/products", body).getBody().get("id");
	}

	Object categoryOf(String productId) {
		return this.http.get(this.owner, "/api/v1/products/" + productId).getBody().get("category");
	}

	Document page() {
		return Jsoup.parse(this.browser.open(PAGE).getBody());
	}

	String idOf(String name) {
		String href = page().select("tr:contains(" + name + ") a:contains(Delete)").attr("href");
		return href.split("/")[4];
	}

	@Test
	void createsCategoriesOnceAndListsTheOnesProductsNamed() {
		product("CAT-1", "Tools");

		assertThat(this.browser.submit(PAGE, PAGE, Map.of("name", " Paint ")).getStatusCode())
			.isEqualTo(HttpStatus.FOUND);
		ResponseEntity<String> again = this.browser.submit(PAGE, PAGE, Map.of("name", "Paint"));

		assertThat(Jsoup.parse(again.getBody()).select(".field-error").text())
			.isEqualTo("A category named Paint already exists.");
		assertThat(page().select("tbody tr td:first-child").eachText()).containsExactly("Paint", "Tools");
		assertThat(page().select("tr:contains(Tools) td.num").text()).isEqualTo("1");
	}

	@Test
	void renamingRenamesItInEveryProduct() {
		String id = product("REN-1", "Hardware");

		ResponseEntity<String> renamed = this.browser.submit(PAGE, PAGE + "/" + idOf("Hardware") + "/rename",
				Map.of("name", "Tools & hardware"));

		assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(categoryOf(id)).isEqualTo("Tools & hardware");
		product("REN-2", "Paint");
		ResponseEntity<String> clash = this.browser.submit(PAGE, PAGE + "/" + idOf("Paint") + "/rename",
				Map.of("name", "Tools & hardware"));
		assertThat(Jsoup.parse(clash.getBody()).select("tr:contains(Paint) .field-error").text())
			.isEqualTo("A category named Tools & hardware already exists.");
	}

	@Test
	void deletingAsksFirstAndLeavesItsProductsUncategorised() {
		String id = product("DEL-1", "Seasonal");
		String category = idOf("Seasonal");

		Document confirm = Jsoup.parse(this.browser.open(PAGE + "/" + category + "/delete").getBody());
		assertThat(confirm.text()).contains("Delete Seasonal?", "stay in your catalog, uncategorised");
		this.browser.submit(PAGE, PAGE + "/" + category + "/delete", Map.of());

		assertThat(categoryOf(id)).isNull();
		assertThat(page().select("tbody tr")).isEmpty();
	}

	@Test
	void anotherCompanyCannotRenameOrDelete() {
		product("MINE-1", "Mine");
		String category = idOf("Mine");
		Browser stranger = new Browser(this.http, Http.owner(UUID.randomUUID()));

		assertThat(stranger.submit(PAGE, PAGE + "/" + category + "/rename", Map.of("name", "Theirs")).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(stranger.submit(PAGE, PAGE + "/" + category + "/delete", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(page().select("tbody tr td:first-child").eachText()).containsExactly("Mine");
	}

}
