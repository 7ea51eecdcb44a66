package app.distribu.customer.dashboard;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class CustomerPagesTest {

	@LocalServerPort
	int port;

	RestClient http;

	@BeforeEach
	void client() {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	ResponseEntity<String> page(String token, String path) {
		return this.http.get()
			.uri(path)
			.headers((h) -> h.setBearerAuth(token))
			.accept(MediaType.TEXT_HTML)
			.retrieve()
			.toEntity(String.class);
	}

	void create(String token, Map<String, Object> body) {
		this.http.post()
			.uri("/api/v1/customers")
			.headers((h) -> h.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toBodilessEntity();
	}

	@Test
	void listsTheCompanysCustomersWithStatusAndReferenceOnlyCreditLimit() {
		UUID company = UUID.randomUUID();
		String owner = TestTokens.user(company, UUID.randomUUID(), Role.MEMBER);
		create(owner, Map.of("name", "Blocked Co", "email", "b@b.test", "status", "BLOCKED", "creditLimit", "250.5"));
		create(TestTokens.user(UUID.randomUUID(), UUID.randomUUID(), Role.OWNER),
				Map.of("name", "Elsewhere Co", "email", "e@e.test"));

		Document page = Jsoup.parse(page(owner, "/dashboard/customers").getBody());

		assertThat(page.select("tr:contains(Blocked Co) .badge.bad").text()).isEqualTo("Blocked");
		assertThat(page.select("tr:contains(Blocked Co)").text()).contains("b@b.test", "250.50");
		assertThat(page.select("th").text()).contains("reference only");
		assertThat(page.text()).doesNotContain("Elsewhere Co");
	}

	@Test
	void isForTeamMembersOnly() {
		assertThat(page(TestTokens.apiKey(UUID.randomUUID(), "customers:read"), "/dashboard/customers").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void theFormShowsReadableErrorsAndCreatesTheCustomer() {
		String owner = TestTokens.user(UUID.randomUUID(), UUID.randomUUID(), Role.OWNER);

		ResponseEntity<String> invalid = submit(owner,
				Map.of("name", "", "email", "nope", "creditLimit", "-5", "status", "ACTIVE"));
		assertThat(Jsoup.parse(invalid.getBody()).select(".field-error").eachText()).contains("Name is required.",
				"Enter a valid email address.", "Credit limit must be 0 or more.");

		ResponseEntity<String> created = submit(owner,
				Map.of("name", "Form Co", "email", "form@co.test", "creditLimit", "", "status", "PENDING"));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		Document list = Jsoup.parse(page(owner, "/dashboard/customers?created=Form Co").getBody());
		assertThat(list.select("tr:contains(Form Co) .badge.warn").text()).isEqualTo("Pending");

		ResponseEntity<String> duplicate = submit(owner,
				Map.of("name", "Again", "email", "FORM@co.test", "creditLimit", "", "status", "ACTIVE"));
		assertThat(Jsoup.parse(duplicate.getBody()).select(".field-error").eachText())
			.contains("A customer with email FORM@co.test already exists.");
	}

	/**
	 * Submits the form as a browser does: the CSRF field from the page plus its cookie.
	 */
	ResponseEntity<String> submit(String token, Map<String, String> fields) {
		ResponseEntity<String> form = page(token, "/dashboard/customers/new");
		String csrf = Jsoup.parse(form.getBody()).select("input[name=_csrf]").val();
		List<String> cookies = form.getHeaders().get(HttpHeaders.SET_COOKIE);
		String cookie = cookies.stream()
			.filter((c) -> c.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
		MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
		fields.forEach(body::add);
		body.add("_csrf", csrf);
		return this.http.post().uri("/dashboard/customers/new").headers((h) -> {
			h.setBearerAuth(token);
			h.add(HttpHeaders.COOKIE, cookie);
		}).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(body).retrieve().toEntity(String.class);
	}

}
