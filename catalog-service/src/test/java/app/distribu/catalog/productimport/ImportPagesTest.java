package app.distribu.catalog.productimport;

import java.net.http.HttpClient;
import java.net.http.HttpClient.Redirect;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

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

	/** Posts the form as a browser does: multipart with the CSRF field and its cookie. */
	ResponseEntity<String> upload(String token, String mode, String fileName, String csv) {
		ResponseEntity<String> form = this.http.page(token, "/dashboard/products/import");
		String csrf = Jsoup.parse(form.getBody()).select("#import-form input[name=_csrf]").val();
		String cookie = form.getHeaders()
			.get(HttpHeaders.SET_COOKIE)
			.stream()
			.filter((c) -> c.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("_csrf", csrf);
		body.add("mode", mode);
		body.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		// A browser would follow the redirect with its cookie; the test looks at it
		// instead.
		RestClient noRedirects = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.requestFactory(
					new JdkClientHttpRequestFactory(HttpClient.newBuilder().followRedirects(Redirect.NEVER).build()))
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
		return noRedirects.post().uri("/dashboard/products/import").headers((h) -> {
			h.setBearerAuth(token);
			h.add(HttpHeaders.COOKIE, cookie);
		}).contentType(MediaType.MULTIPART_FORM_DATA).body(body).retrieve().toEntity(String.class);
	}

}
