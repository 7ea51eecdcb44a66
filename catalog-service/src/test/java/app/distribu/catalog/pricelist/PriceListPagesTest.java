package app.distribu.catalog.pricelist;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import app.distribu.catalog.DashboardForms;
import app.distribu.catalog.Http;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A team member manages a price list on the dashboard, form by form. */
@ServiceTest
class PriceListPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	DashboardForms forms;

	final UUID company = UUID.randomUUID();

	String owner;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
		this.forms = new DashboardForms(this.port);
		this.owner = Http.owner(this.company);
		this.http.post(this.owner, "/api/v1/products", Http.product("PG-1", "10.00", 100));
	}

	ResponseEntity<String> post(String page, String action, Map<String, String> fields) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		fields.forEach(body::add);
		return this.forms.submit(this.owner, page, action, body, MediaType.APPLICATION_FORM_URLENCODED);
	}

	Document page(String path) {
		ResponseEntity<String> response = this.http.page(this.owner, path);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return Jsoup.parse(response.getBody());
	}

	String createList(String name) {
		ResponseEntity<String> created = post("/dashboard/price-lists/new", "/dashboard/price-lists/new",
				Map.of("name", name, "priority", "3", "validFrom", "", "validUntil", ""));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		return created.getHeaders().getLocation().toString();
	}

	@Test
	void aListIsCreatedPricedWithTiersAssignedAndDeletedThroughItsForms() {
		String list = createList("Gold");
		assertThat(page("/dashboard/price-lists").select("#price-lists tbody tr").eachText())
			.containsExactly("Gold 3 always – open Active Nobody yet 0");

		ResponseEntity<String> saved = post(list, list + "/prices",
				Map.of("sku", "PG-1", "tiers[0].minQuantity", "1", "tiers[0].price", "9.80", "tiers[1].minQuantity",
						"10", "tiers[1].price", "9.20", "tiers[2].minQuantity", "50", "tiers[2].percentOff", "15",
						"tiers[3].minQuantity", "", "tiers[3].price", ""));
		assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(page(list).select("#list-prices tbody tr").eachText())
			.containsExactly("Product PG-1 PG-1 10.00 1+: 9.80 · 10+: 9.20 · 50+: 15% off Edit Remove");
		assertThat(page(list + "?edit=PG-1").select("input[name=tiers[2].percentOff]").val()).isEqualTo("15");

		ResponseEntity<String> refused = post(list, list + "/prices",
				Map.of("sku", "PG-1", "tiers[0].minQuantity", "1", "tiers[0].price", "9,80"));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		Document again = Jsoup.parse(refused.getBody());
		assertThat(again.select("#prices-problem").text())
			.isEqualTo("Price must be a number like 12.50 (with a dot), not 9,80.");
		assertThat(again.select("input[name=tiers[0].price]").val()).as("what was typed stays").isEqualTo("9,80");

		assertThat(post(list, list + "/assignments/group", Map.of("group", " Gold ")).getStatusCode())
			.isEqualTo(HttpStatus.FOUND);
		UUID acme = UUID.randomUUID();
		this.jdbc.sql("insert into customer_ref (id, company_id, name, status) values (?, ?, 'Acme', 'ACTIVE')")
			.params(acme, this.company)
			.update();
		post(list, list + "/assignments/customer", Map.of("customerId", acme.toString()));
		assertThat(page(list).select("#assignments li").eachText()).containsExactly("Acme Remove", "Group Gold Remove");

		ResponseEntity<String> details = post(list, list + "/details", Map.of("version", "0", "name", "Gold",
				"priority", "3", "validFrom", "2026-09-01", "validUntil", "2026-08-01"));
		assertThat(details.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Jsoup.parse(details.getBody()).select(".alert.error").text())
			.isEqualTo("The last day can't be before the first day.");

		assertThat(post(list + "/delete", list + "/delete", Map.of()).getHeaders().getLocation().toString())
			.isEqualTo("/dashboard/price-lists");
		assertThat(this.http.page(this.owner, list).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aCsvUploadRedirectsToItsReportAndTheExportDownloads() {
		String list = createList("Imported");
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("mode", "merge");
		body.add("file",
				new ByteArrayResource("sku,min_quantity,price,percent_off\nPG-1,1,9.00,\nPG-1,20,8.00,\nGHOST,1,1.00,\n"
					.getBytes(StandardCharsets.UTF_8)) {
					@Override
					public String getFilename() {
						return "gold.csv";
					}
				});
		ResponseEntity<String> uploaded = this.forms.submit(this.owner, list, list + "/import", body,
				MediaType.MULTIPART_FORM_DATA);
		assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		String reportPath = uploaded.getHeaders().getLocation().toString();
		assertThat(reportPath).startsWith(list + "/imports/");

		Document report = page(reportPath);
		assertThat(report.select("#import-result").text())
			.startsWith("1 products priced · 0 removed · 1 rows rejected");
		assertThat(report.select("#rejections tbody tr").eachText())
			.containsExactly("4 GHOST No product has the SKU GHOST (SKUs are case-sensitive).");
		ResponseEntity<String> export = this.http.page(this.owner, list + "/export.csv");
		assertThat(export.getHeaders().getContentDisposition().getFilename()).isEqualTo("Imported.csv");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.http.page(this.owner, list + "/export.csv").getBody())
				.contains("PG-1,Product PG-1,20,8.00,,10.00"));
		assertThat(this.http.page(Http.owner(UUID.randomUUID()), reportPath).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void pagesAreForTeamMembersOnly() {
		assertThat(this.http.page(TestTokens.apiKey(this.company, "products:write"), "/dashboard/price-lists")
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<String> duplicate = post("/dashboard/price-lists/new", "/dashboard/price-lists/new",
				Map.of("name", "Same", "priority", "0"));
		assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		ResponseEntity<String> again = post("/dashboard/price-lists/new", "/dashboard/price-lists/new",
				Map.of("name", "same", "priority", "x"));
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
	}

}
