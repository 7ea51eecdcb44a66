package app.distribu.catalog.productimport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import app.distribu.catalog.DashboardForms;
import app.distribu.catalog.Http;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class ImportPagesTest {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void uploadsAFileAndShowsTheSummaryAndTheRejectedRows() {
		String owner = Http.owner(UUID.randomUUID());

		ResponseEntity<String> posted = upload(owner, "upsert", "stock.csv",
				"sku,name,description,category,price,stock,active\nP-1,Pliers,,Tools,9.90,5,\nP-2,,,,1,1,\n");

		assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		String location = posted.getHeaders().getLocation().toString();
		assertThat(location).startsWith("/dashboard/products/import/");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> Jsoup.parse(this.http.page(owner, location).getBody()).select("#summary").size() == 1);
		ResponseEntity<String> finished = this.http.page(owner, location);
		Document page = Jsoup.parse(finished.getBody());
		assertThat(finished.getHeaders().get("Refresh")).isNull();
		assertThat(page.select("h1").text()).isEqualTo("Import of stock.csv");
		assertThat(page.select("#created").text()).isEqualTo("1");
		assertThat(page.select("#rejected").text()).isEqualTo("1");
		assertThat(page.select("#rejections tbody tr").text()).isEqualTo("3 P-2 Name is required.");
		assertThat(page.select("#report").attr("href")).isEqualTo(location + "/rejections.csv");
		assertThat(this.http.page(owner, location + "/rejections.csv").getBody()).contains("3,P-2,Name is required.");
		Document form = Jsoup.parse(this.http.page(owner, "/dashboard/products/import").getBody());
		assertThat(form.select("#recent-imports tbody tr").text()).contains("stock.csv", "Done");
		String template = this.http.page(owner, form.select("#template").attr("href")).getBody();
		assertThat(template).startsWith("\uFEFFsku,name,description,category,price,stock,active\r\n");
	}

	@Test
	void askingForAFileWhenNoneWasChosen() {
		String owner = Http.owner(UUID.randomUUID());

		ResponseEntity<String> posted = upload(owner, "create-only", "", "");

		assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(Jsoup.parse(posted.getBody()).select(".alert.error").text())
			.isEqualTo("Choose a CSV file to import.");
	}

	@Test
	void isForTeamMembersOnly() {
		ResponseEntity<String> response = this.http.page(TestTokens.apiKey(UUID.randomUUID(), "products:write"),
				"/dashboard/products/import");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	ResponseEntity<String> upload(String token, String mode, String fileName, String csv) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("mode", mode);
		body.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		return new DashboardForms(this.port).submit(token, "/dashboard/products/import", "/dashboard/products/import",
				body, MediaType.MULTIPART_FORM_DATA);
	}

}
