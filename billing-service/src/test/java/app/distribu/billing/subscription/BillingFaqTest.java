package app.distribu.billing.subscription;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import app.distribu.billing.BillingHttp;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestClock;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The FAQ's billing answers, each through the pages and the support API on a clock the
 * test moves: upgrades apply at once with a prorated invoice, monthly → annual credits
 * the unused days, unpaid past grace is past due (and clears when paid), downgrades wait
 * for the period end, refunds go by invoice ID.
 */
@ServiceTest
@TestPropertySource(properties = { "distribu.billing.check-interval=1h", "distribu.billing.trial-check-interval=1h" })
class BillingFaqTest {

	static final TopicReader billingEvents = new TopicReader("billing.events");

	static final TopicReader notices = new TopicReader("company.notices");

	@AfterAll
	static void closeReaders() {
		billingEvents.close();
		notices.close();
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		TestClock clock() {
			return new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	RenewingSubscriptions renewing;

	@Autowired
	ChasingUnpaidInvoices chasing;

	BillingHttp http;

	final String support = TestTokens.support(UUID.randomUUID());

	@Test
	void anUpgradeAppliesAtOnceWithAProratedInvoice() {
		this.clock.set(Instant.parse("2026-03-01T10:00:00Z"));
		UUID company = trialingCompany();
		String owner = owner(company);
		JsonNode first = invoice(choose(owner, "GROWTH", "MONTHLY"));
		assertThat(first.path("total").asString()).isEqualTo("79.00");
		assertThat(first.path("status").asString()).isEqualTo("open");
		settle(first);

		this.clock.set(Instant.parse("2026-03-15T09:00:00Z"));
		ResponseEntity<String> upgraded = choose(owner, "PRO", "MONTHLY");

		JsonNode invoice = invoice(upgraded);
		assertThat(invoice.path("total").asString()).isEqualTo("65.81");
		assertThat(invoice.path("lines").findValuesAsString("amount")).containsExactly("-43.32", "109.13");
		assertThat(subscription(company)).isEqualTo("PRO ACTIVE MONTHLY 2026-03-01 2026-04-01");
		JsonNode announced = billingEvents.awaitFirst(company, "subscription.changed",
				(event) -> "PRO".equals(event.path("data").path("plan").asString()));
		assertThat(announced.path("data").path("monthlyOrderLimit").asInt()).as("the limit applies at once")
			.isEqualTo(10_000);
		Document page = this.http.page(owner, upgraded.getHeaders().getLocation().getPath());
		assertThat(page.select("#lines").text()).contains(
				"Unused time on Growth (monthly) from 15 Mar 2026 to 1 Apr 2026: 17 of 31 days × USD 79.00", "-43.32",
				"Remaining time on Pro (monthly)", "109.13");
		assertThat(page.select("#total").text()).isEqualTo("USD 65.81");
		assertThat(page.select("#invoice-number").text()).isEqualTo(invoice.path("number").asString());
		assertThat(this.http.page(owner, "/dashboard/billing/invoices").select("#invoices code").eachText())
			.containsExactly(invoice.path("number").asString(), first.path("number").asString());
	}

	@Test
	void monthlyToAnnualMidPeriodCreditsTheUnusedDaysToTheCent() {
		this.clock.set(Instant.parse("2028-02-01T08:00:00Z"));
		UUID company = trialingCompany();
		String owner = owner(company);
		settle(invoice(choose(owner, "PRO", "MONTHLY")));

		this.clock.set(Instant.parse("2028-02-20T16:30:00Z"));
		JsonNode annual = invoice(choose(owner, "PRO", "ANNUAL"));

		assertThat(annual.path("lines").findValuesAsString("amount")).containsExactly("1990.00", "-68.62");
		assertThat(annual.path("lines").get(1).path("description").asString()).contains("10 of 29 days");
		assertThat(annual.path("total").asString()).isEqualTo("1921.38");
		assertThat(subscription(company)).isEqualTo("PRO ACTIVE ANNUAL 2028-02-20 2029-02-20");
	}

	@Test
	void unpaidPastTheGracePeriodIsPastDueWithPaidLimitsAndClearsWhenPaid() {
		this.clock.set(Instant.parse("2026-05-01T10:00:00Z"));
		UUID company = trialingCompany();
		String owner = owner(company);
		settle(invoice(choose(owner, "GROWTH", "MONTHLY")));
		this.clock.set(Instant.parse("2026-05-10T10:00:00Z"));
		JsonNode upgrade = invoice(choose(owner, "PRO", "MONTHLY"));

		this.clock.set(Instant.parse("2026-05-17T09:59:59Z"));
		this.chasing.chase();
		assertThat(subscription(company)).startsWith("PRO ACTIVE");

		this.clock.set(Instant.parse("2026-05-17T10:00:00Z"));
		this.chasing.chase();

		assertThat(subscription(company)).startsWith("PRO PAST_DUE");
		JsonNode pastDue = billingEvents.awaitFirst(company, "subscription.changed",
				(event) -> "PAST_DUE".equals(event.path("data").path("status").asString()));
		assertThat(pastDue.path("data").path("limitsPlan").asString()).isEqualTo("GROWTH");
		assertThat(pastDue.path("data").path("monthlyOrderLimit").asInt()).isEqualTo(1_000);
		JsonNode banner = notices.awaitFirst(company, "company.notice",
				(event) -> "bad".equals(event.path("data").path("level").asString()));
		assertThat(banner.path("data").path("message").asString()).contains("past due",
				upgrade.path("number").asString(), "Growth limits");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					this.http.page(owner, "/dashboard/billing/plans").select("#company-notice.alert.error").text())
				.as("the banner on every dashboard page")
				.contains("Your subscription is past due", upgrade.path("number").asString(), "Pay the invoice"));
		Document billing = this.http.page(owner, "/dashboard/billing");
		assertThat(billing.select("#past-due").text()).contains("past due", "3-D Secure");
		assertThat(billing.select("#unpaid").text()).contains(upgrade.path("number").asString(), "open");
		assertThat(this.http.page(owner, "/dashboard/billing/invoices/" + upgrade.path("id").asString())
			.select("#payment-note")
			.text()).isEqualTo("Waiting for payment.");

		settle(upgrade);

		assertThat(subscription(company)).startsWith("PRO ACTIVE");
		assertThat(history(company).get(0)).isEqualTo("INVOICE_PAID");
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			List<JsonNode> all = billingEvents.events(company, "subscription.changed");
			JsonNode last = all.get(all.size() - 1).path("data");
			return "ACTIVE".equals(last.path("status").asString()) && last.path("monthlyOrderLimit").asInt() == 10_000;
		});
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			List<JsonNode> all = notices.events(company, "company.notice");
			return !all.get(all.size() - 1).path("data").path("level").isString();
		});
	}

	@Test
	void aDowngradeWaitsForThePeriodEndAndAnUnpaidRenewalEndsInCancellation() {
		this.clock.set(Instant.parse("2026-06-01T10:00:00Z"));
		UUID company = trialingCompany();
		String owner = owner(company);
		settle(invoice(choose(owner, "PRO", "MONTHLY")));
		this.clock.set(Instant.parse("2026-06-10T10:00:00Z"));

		ResponseEntity<String> downgrade = choose(owner, "GROWTH", "MONTHLY");

		assertThat(downgrade.getHeaders().getLocation().getPath()).isEqualTo("/dashboard/billing");
		assertThat(subscription(company)).isEqualTo("PRO ACTIVE MONTHLY 2026-06-01 2026-07-01");
		assertThat(this.http.page(owner, "/dashboard/billing").select("#scheduled").text())
			.isEqualTo("Changes to Growth (monthly) on 1 July 2026");
		assertThat(invoiceCount(company)).isEqualTo(1);

		this.clock.set(Instant.parse("2026-07-01T00:05:00Z"));
		this.renewing.renew();
		this.renewing.renew();

		assertThat(subscription(company)).isEqualTo("GROWTH ACTIVE MONTHLY 2026-07-01 2026-08-01");
		assertThat(invoiceCount(company)).as("one renewal invoice however often the job runs").isEqualTo(2);
		assertThat(this.jdbc.sql("select total_cents from invoice where company_id = ? and reason = 'RENEWAL'")
			.param(company)
			.query(Long.class)
			.single()).isEqualTo(79_00L);

		this.clock.set(Instant.parse("2026-07-08T00:05:00Z"));
		this.chasing.chase();
		assertThat(subscription(company)).startsWith("GROWTH PAST_DUE");
		this.clock.set(Instant.parse("2026-08-07T00:05:00Z"));
		this.chasing.chase();

		assertThat(subscription(company)).startsWith("GROWTH CANCELED");
		assertThat(this.jdbc.sql("select status from invoice where company_id = ? and reason = 'RENEWAL'")
			.param(company)
			.query(String.class)
			.single()).isEqualTo("uncollectible");
		JsonNode canceled = billingEvents.awaitFirst(company, "subscription.changed",
				(event) -> "CANCELED".equals(event.path("data").path("status").asString()));
		assertThat(canceled.path("data").path("monthlyOrderLimit").asInt()).as("Starter limits, data intact")
			.isEqualTo(100);
	}

	@Test
	void supportRefundsByInvoiceIdFullyOrPartlyAndOnlyOnce() {
		this.clock.set(Instant.parse("2026-09-01T10:00:00Z"));
		UUID company = trialingCompany();
		String owner = owner(company);
		JsonNode paid = invoice(choose(owner, "GROWTH", "MONTHLY"));
		settle(paid);
		String number = paid.path("number").asString();

		assertThat(this.http.get(owner, "/internal/support/invoices/" + number).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		JsonNode found = BillingHttp.json(this.http.get(this.support, "/internal/support/invoices/" + number));
		assertThat(found.path("invoice").path("status").asString()).isEqualTo("paid");
		String refunds = "/internal/support/invoices/" + found.path("invoice").path("id").asString() + "/refunds";

		UUID action = UUID.randomUUID();
		JsonNode partial = BillingHttp.json(this.http.internal(this.support, "POST", refunds,
				Map.of("actionId", action, "amount", "20.00", "reason", "Ticket 4711: charged twice")));
		JsonNode replay = BillingHttp.json(this.http.internal(this.support, "POST", refunds,
				Map.of("actionId", action, "amount", "20.00", "reason", "Ticket 4711: charged twice")));
		ResponseEntity<String> tooMuch = this.http.internal(this.support, "POST", refunds,
				Map.of("actionId", UUID.randomUUID(), "amount", "59.01", "reason", "Ticket 4712"));
		JsonNode rest = BillingHttp.json(this.http.internal(this.support, "POST", refunds,
				Map.of("actionId", UUID.randomUUID(), "amount", "", "reason", "Ticket 4713: closing the account")));

		assertThat(partial.path("before").path("refunded").asString()).isEqualTo("0.00");
		assertThat(partial.path("after").path("refunded").asString()).isEqualTo("20.00");
		assertThat(replay).isEqualTo(partial);
		assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(tooMuch.getBody()).contains("0.01 and 59.00 USD");
		assertThat(rest.path("after").path("refund").asString()).isEqualTo("59.00");
		assertThat(this.jdbc.sql("select refunded_cents from invoice where number = ?")
			.param(number)
			.query(Long.class)
			.single()).isEqualTo(79_00L);
		assertThat(this.http.page(owner, "/dashboard/billing/invoices/" + found.path("invoice").path("id").asString())
			.select("#refunded")
			.text()).isEqualTo("USD 79.00");
		assertThat(billingEvents.awaitFirst(company, "invoice.refunded", (event) -> true)
			.path("data")
			.path("amount")
			.asString()).isEqualTo("20.00");
	}

	private UUID trialingCompany() {
		if (this.http == null) {
			this.http = new BillingHttp(this.port);
		}
		UUID company = UUID.randomUUID();
		TestEvents.publish("identity.events", company, "company.created",
				Map.of("companyId", company, "name", "Acme Wholesale", "slug", "acme-" + company, "currency", "USD",
						"ownerUserId", UUID.randomUUID(), "ownerEmail", "owner@acme.test"),
				UUID.randomUUID(), this.clock.instant());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !billingEvents.events(company, "subscription.changed").isEmpty());
		return company;
	}

	private static String owner(UUID company) {
		return TestTokens.user(company, UUID.randomUUID(), Role.OWNER);
	}

	private ResponseEntity<String> choose(String owner, String plan, String interval) {
		ResponseEntity<String> response = this.http.submit(owner, "/dashboard/billing/plans",
				Map.of("plan", plan, "interval", interval));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		return response;
	}

	/** The invoice a plan change redirected to, as support sees it. */
	private JsonNode invoice(ResponseEntity<String> redirect) {
		String path = redirect.getHeaders().getLocation().getPath();
		assertThat(path).startsWith("/dashboard/billing/invoices/");
		String id = path.substring(path.lastIndexOf('/') + 1);
		return BillingHttp.json(this.http.get(this.support, "/internal/support/invoices/" + id)).path("invoice");
	}

	private void settle(JsonNode invoice) {
		ResponseEntity<String> settled = this.http.internal(this.support, "POST",
				"/internal/support/invoices/" + invoice.path("id").asString() + "/settlements",
				Map.of("actionId", UUID.randomUUID(), "reason", "Bank transfer received"));
		assertThat(settled.getStatusCode()).as(settled.getBody()).isEqualTo(HttpStatus.OK);
	}

	private String subscription(UUID company) {
		return this.jdbc
			.sql("""
					select plan || ' ' || status || ' ' || billing_interval || coalesce(' ' || period_start || ' ' || period_end, '')
					from subscription where company_id = ?""")
			.param(company)
			.query(String.class)
			.single();
	}

	private List<String> history(UUID company) {
		return this.jdbc.sql("select reason from subscription_history where company_id = ? order by id desc")
			.param(company)
			.query(String.class)
			.list();
	}

	private int invoiceCount(UUID company) {
		return this.jdbc.sql("select count(*) from invoice where company_id = ?")
			.param(company)
			.query(Integer.class)
			.single();
	}

}
