package app.distribu.billing.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import app.distribu.billing.BillingHttp;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The plans page, and every way someone might try to reach a paid plan without an
 * invoice: the page, API calls, forged form posts.
 */
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

	BillingHttp http;

	@Test
	void thePlansPageListsPricesPerIntervalAndEnterpriseAsContactUs() {
		UUID company = trialingCompany();
		String owner = TestTokens.user(company, UUID.randomUUID(), Role.OWNER);

		Document monthly = http().page(owner, "/dashboard/billing/plans");
		Document annual = http().page(owner, "/dashboard/billing/plans?interval=ANNUAL");

		assertThat(monthly.select(".plan .stat").eachText()).containsExactly("Starter", "Growth", "Pro", "Enterprise");
		assertThat(monthly.select(".plan .price").eachText()).containsExactly("USD 29.00 a month", "USD 79.00 a month",
				"USD 199.00 a month", "Price on request");
		assertThat(annual.select(".plan .price").eachText()).containsExactly("USD 290.00 a year", "USD 790.00 a year",
				"USD 1,990.00 a year", "Price on request");
		assertThat(monthly.text()).contains("100 orders a month", "1,000 orders a month", "10,000 orders a month",
				"Unlimited orders", "600 API requests per minute per key");
		assertThat(monthly.select("button").eachText()).contains("Subscribe to Pro", "Subscribe to Growth");
		assertThat(monthly.select("#plan-ENTERPRISE button")).isEmpty();
		assertThat(monthly.select("#plan-ENTERPRISE a").attr("href")).isEqualTo("/dashboard/billing/enterprise");
		assertThat(http().page(owner, "/dashboard/billing/enterprise").select("#contact-sales").attr("href"))
			.startsWith("mailto:sales@distribu.app?subject=Enterprise");
	}

	@Test
	void choosingAPlanFromThePageIssuesAnInvoiceForItAndMarksItCurrent() {
		UUID company = trialingCompany();
		String owner = TestTokens.user(company, UUID.randomUUID(), Role.OWNER);

		ResponseEntity<String> chosen = choose(owner, Map.of("plan", "PRO", "interval", "MONTHLY"));

		assertThat(chosen.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(chosen.getHeaders().getLocation().getPath()).startsWith("/dashboard/billing/invoices/");
		assertThat(invoices(company)).containsExactly("PRO 19900 open");
		assertThat(billingEvents
			.awaitFirst(company, "subscription.changed",
					(event) -> "PRO".equals(event.path("data").path("plan").asString()))
			.path("data")
			.path("monthlyOrderLimit")
			.asInt()).isEqualTo(10_000);
		Document after = http().page(owner, "/dashboard/billing/plans");
		assertThat(after.select("#plan-PRO .badge").text()).isEqualTo("Current plan");
		assertThat(after.select("#plan-PRO button")).isEmpty();
	}

	@Test
	void noPageApiCallOrForgedFormGivesAPaidPlanWithoutAnInvoice() {
		UUID company = trialingCompany();
		String owner = TestTokens.user(company, UUID.randomUUID(), Role.OWNER);
		String admin = TestTokens.user(company, UUID.randomUUID(), Role.ADMIN);
		String apiKey = TestTokens.apiKey(company, "orders:write", "products:write", "customers:write",
				"webhooks:write");

		// The API: no billing endpoint takes an API key, a team member who is not an
		// owner,
		// or an owner on support's endpoints.
		assertThat(post(apiKey, "/dashboard/billing/plans", "plan=PRO").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post(apiKey, "/api/v1/billing/subscription", "plan=PRO").getStatusCode().is2xxSuccessful())
			.isFalse();
		assertThat(http().submit(admin, "/dashboard/billing/plans", Map.of("plan", "PRO")).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http()
			.internal(owner, "POST", "/internal/support/companies/" + company + "/enterprise",
					Map.of("actionId", UUID.randomUUID(), "price", "0.01", "reason", "me"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(plan(company)).isEqualTo("GROWTH TRIALING");

		// Forged forms: Enterprise is not self-serve; prices come from the catalog, not
		// the form; a second upgrade waits for the first invoice; the demo button is off.
		assertThat(
				choose(owner, Map.of("plan", "ENTERPRISE", "interval", "MONTHLY")).getHeaders().getLocation().getPath())
			.isEqualTo("/dashboard/billing/plans");
		assertThat(plan(company)).isEqualTo("GROWTH TRIALING");
		choose(owner,
				Map.of("plan", "STARTER", "interval", "MONTHLY", "price", "0", "total", "0.00", "priceCents", "0"));
		assertThat(invoices(company)).containsExactly("STARTER 2900 open");
		choose(owner, Map.of("plan", "PRO", "interval", "ANNUAL"));
		assertThat(plan(company)).isEqualTo("STARTER ACTIVE");
		String invoice = this.jdbc.sql("select id::text from invoice where company_id = ?")
			.param(company)
			.query(String.class)
			.single();
		assertThat(http().submit(owner, "/dashboard/billing/invoices/" + invoice + "/demo-payment", Map.of())
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(invoices(company)).containsExactly("STARTER 2900 open");

		// Whatever happened above: every paid period has its invoice.
		assertThat(this.jdbc.sql("""
				select count(*) from subscription s where s.period_start is not null and not exists (
				  select 1 from invoice i where i.company_id = s.company_id and i.plan = s.plan
				  and i.status <> 'void' and i.period_end = s.period_end)""").query(Integer.class).single()).isZero();
	}

	@Test
	void onlyOwnersMaySwitchAndOnlyWithTheFormsCsrfToken() {
		UUID company = trialingCompany();
		String admin = TestTokens.user(company, UUID.randomUUID(), Role.ADMIN);
		String owner = TestTokens.user(company, UUID.randomUUID(), Role.OWNER);

		assertThat(http().get(admin, "/dashboard/billing/plans").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<String> withoutCsrf = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build()
			.post()
			.uri("/dashboard/billing/plans")
			.header(HttpHeaders.COOKIE, "DISTRIBU_SESSION=" + owner)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("plan=PRO")
			.retrieve()
			.toEntity(String.class);

		assertThat(withoutCsrf.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(plan(company)).isEqualTo("GROWTH TRIALING");
	}

	private ResponseEntity<String> choose(String owner, Map<String, String> fields) {
		return http().submit(owner, "/dashboard/billing/plans", fields);
	}

	private ResponseEntity<String> post(String token, String path, String body) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build()
			.post()
			.uri(path)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(body)
			.retrieve()
			.toEntity(String.class);
	}

	private UUID trialingCompany() {
		UUID company = UUID.randomUUID();
		TestEvents.publish("identity.events", company, "company.created", Map.of("companyId", company));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !billingEvents.events(company, "subscription.changed").isEmpty());
		return company;
	}

	private String plan(UUID company) {
		return this.jdbc.sql("select plan || ' ' || status from subscription where company_id = ?")
			.param(company)
			.query(String.class)
			.single();
	}

	private List<String> invoices(UUID company) {
		return this.jdbc.sql(
				"select plan || ' ' || total_cents || ' ' || status from invoice where company_id = ? order by issued_at")
			.param(company)
			.query(String.class)
			.list();
	}

	private BillingHttp http() {
		if (this.http == null) {
			this.http = new BillingHttp(this.port);
		}
		return this.http;
	}

}
