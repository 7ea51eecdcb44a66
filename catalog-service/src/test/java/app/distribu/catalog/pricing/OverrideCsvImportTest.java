package app.distribu.catalog.pricing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import app.distribu.catalog.DashboardForms;
import app.distribu.catalog.Http;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class OverrideCsvImportTest {

	static final String PAGE = "/dashboard/products/price-overrides/import";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	UUID company = UUID.randomUUID();

	UUID harbour = UUID.randomUUID();

	Http http;

	@BeforeEach
	void catalogAndCustomers() {
		this.http = new Http(this.port);
		for (String sku : new String[] { "WDG-1", "WDG-2" }) {
			this.http.post(Http.owner(this.company), "/api/v1/products", Http.product(sku, "10.00", 5));
		}
		customer(this.company, this.harbour, "Harbour Café", "Buyers@Harbour.example");
	}

	@Test
	void setsAndRemovesPricesAndRejectsEachBadRowWithItsReason() {
		UUID otherCompanysCustomer = UUID.randomUUID();
		customer(UUID.randomUUID(), otherCompanysCustomer, "Elsewhere", "elsewhere@example.test");
		upload("\uFEFFsku,customer_email,price\nWDG-1,buyers@harbour.example,8.50\nWDG-2, BUYERS@HARBOUR.EXAMPLE ,9\n");

		Document page = upload("""
				price,sku,customer_email
				,WDG-2,buyers@harbour.example
				7.5,wdg-1,buyers@harbour.example
				7.5,WDG-1,elsewhere@example.test
				"12,50",WDG-1,buyers@harbour.example
				-1,WDG-1,buyers@harbour.example
				""");

		assertThat(page.select("#override-results p").first().text())
			.isEqualTo("0 prices set · 1 removed · 4 rejected");
		assertThat(page.select("#override-results tbody tr").eachText()).containsExactly(
				"3 wdg-1 buyers@harbour.example No product has the SKU wdg-1 (SKUs are case-sensitive).",
				"4 WDG-1 elsewhere@example.test No customer has the email elsewhere@example.test.",
				"5 WDG-1 buyers@harbour.example Price must be a number like 12.50 (with a dot), not 12,50.",
				"6 WDG-1 buyers@harbour.example Price can't be negative.");
		assertThat(prices(this.company)).as("WDG-1 kept from the first file, WDG-2 removed")
			.containsExactly(Map.entry("WDG-1", "8.50"));
	}

	@Test
	void aFileWithoutTheColumnsChangesNothingAndSaysWhatIsMissing() {
		Document page = upload("sku,email,price\nWDG-1,buyers@harbour.example,1\n");

		assertThat(page.select(".alert.error").text())
			.isEqualTo("The header must name the columns sku,customer_email,price; missing: customer_email.");
		assertThat(prices(this.company)).isEmpty();
	}

	private Document upload(String csv) {
		MultiValueMap<String, Object> fields = new LinkedMultiValueMap<>();
		fields.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "prices.csv";
			}
		});
		DashboardForms forms = new DashboardForms(this.port);
		String owner = Http.owner(this.company);
		ResponseEntity<String> uploaded = forms.submit(owner, PAGE, PAGE, fields, MediaType.MULTIPART_FORM_DATA);
		assertThat(uploaded.getStatusCode().is3xxRedirection()).as("POST/redirect/GET").isTrue();
		return Jsoup.parse(forms.follow(owner, uploaded).getBody());
	}

	private List<Map.Entry<String, String>> prices(UUID company) {
		return this.jdbc.sql("""
				select p.sku, o.price from price_override o join product p on p.id = o.product_id
				where o.company_id = ? order by p.sku""")
			.param(company)
			.query((row, n) -> Map.entry(row.getString(1), row.getBigDecimal(2).toPlainString()))
			.list();
	}

	private void customer(UUID company, UUID id, String name, String email) {
		TestEvents.publish("customer.events", company, "customer.created",
				Map.of("customerId", id, "name", name, "email", email, "status", "ACTIVE"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from customer_ref where id = ?")
				.param(id)
				.query(Integer.class)
				.single() == 1);
	}

}
