package app.distribu.billing.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class PlansPageTest {

	static final TopicReader billingEvents = new TopicReader("billing.events");

	@AfterAll
	static void closeReader() {
		billingEvents.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOwnerSwitchesFromTheTrialToProAndTheNewLimitIsAnnounced() {
		UUID company = trialingCompany();
		String owner = TestTokens.user(company, UUID.randomUUID(), Role.OWNER);

		Document plans = Jsoup.parse(page(owner, "/dashboard/billing/plans").getBody());
		assertThat(plans.select(".plan .stat").eachText()).containsExactly("Starter", "Growth", "Pro", "Enterprise");
		assertThat(plans.text()).contains("100 orders a month", "1,000 orders a month", "10,000 orders a month",
				"Unlimited orders", "600 API requests per minute per key");
		assertThat(plans.select("button").eachText()).contains("Switch to Pro", "Switch to Growth");

		ResponseEntity<String> switched = switchPlan(owner, "PRO");

		assertThat(switched.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(switched.getHeaders().getLocation().getPath()).isEqualTo("/dashboard/billing/plans");
		assertThat(this.jdbc.sql("select plan || ' ' || status from subscription where company_id = ?")
			.param(company)
			.query(String.class)
			.single()).isEqualTo("PRO ACTIVE");
		JsonNode announced = billingEvents
			.awaitFirst(company, "subscription.changed",
					(event) -> "PRO".equals(event.path("data").path("plan").asString()))
			.path("data");
		assertThat(announced.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(announced.path("monthlyOrderLimit").asInt()).isEqualTo(10_000);
		Document after = Jsoup.parse(page(owner, "/dashboard/billing/plans").getBody());
		assertThat(after.select("#plan-PRO .badge").text()).isEqualTo("Current plan");
		assertThat(after.select("#plan-PRO button")).isEmpty();
	}

	@Test
	void switchingToTheActivePlanAgainAnnouncesNothing() {
		UUID company = trialingCompany();
		String owner = TestTokens.user(company, UUID.randomUUID(), Role.OWNER);
		switchPlan(owner, "ENTERPRISE");
		switchPlan(owner, "ENTERPRISE");
		switchPlan(owner, "STARTER");

		await().atMost(Duration.ofSeconds(20))
			.until(() -> billingEvents.events(company, "subscription.changed")
				.stream()
				.anyMatch((event) -> "STARTER".equals(event.path("data").path("plan").asString())));
		List<String> announced = billingEvents.events(company, "subscription.changed")
			.stream()
			.map((event) -> event.path("data").path("plan").asString()
					+ (event.path("data").path("monthlyOrderLimit").isNull() ? " unlimited" : ""))
			.toList();
		assertThat(announced).containsExactly("GROWTH", "ENTERPRISE unlimited", "STARTER");
	}

	@Test
	void onlyOwnersMaySwitchAndOnlyWithTheFormsCsrfToken() {
		UUID company = trialingCompany();
		String admin = TestTokens.user(company, UUID.randomUUID(), Role.ADMIN);
		String owner = TestTokens.user(company, UUID.randomUUID(), Role.OWNER);

		assertThat(page(admin, "/dashboard/billing/plans").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<String> withoutCsrf = http().post()
			.uri("/dashboard/billing/plans")
			.header(HttpHeaders.COOKIE, "DISTRIBU_SESSION=" + owner)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("plan=PRO")
			.retrieve()
			.toEntity(String.class);

		assertThat(withoutCsrf.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.sql("select plan from subscription where company_id = ?")
			.param(company)
			.query(String.class)
			.single()).isEqualTo("GROWTH");
	}

	private UUID trialingCompany() {
		UUID company = UUID.randomUUID();
		TestEvents.publish("identity.events", company, "company.created", Map.of("companyId", company));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !billingEvents.events(company, "subscription.changed").isEmpty());
		return company;
	}

	/**
	 * Submits the switch form as a browser does: the CSRF field from the page plus its
	 * cookie.
	 */
	private ResponseEntity<String> switchPlan(String token, String plan) {
		ResponseEntity<String> page = page(token, "/dashboard/billing/plans");
		String csrf = Jsoup.parse(page.getBody()).select("input[name=_csrf]").first().val();
		String cookie = page.getHeaders()
			.get(HttpHeaders.SET_COOKIE)
			.stream()
			.filter((c) -> c.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("plan", plan);
		form.add("_csrf", csrf);
		return http().post().uri("/dashboard/billing/plans").headers((h) -> {
			h.setBearerAuth(token);
			h.add(HttpHeaders.COOKIE, cookie);
		}).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().toEntity(String.class);
	}

	private ResponseEntity<String> page(String token, String path) {
		return http().get().uri(path).header("Authorization", "Bearer " + token).retrieve().toEntity(String.class);
	}

	private RestClient http() {
		return RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

}
