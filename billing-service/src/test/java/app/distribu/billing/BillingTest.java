package app.distribu.billing;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import app.distribu.billing.usage.Months;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class BillingTest {

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
	void aNewCompanyStartsAGrowthTrialAndItIsAnnounced() {
		UUID company = UUID.randomUUID();
		Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		TestEvents
			.publish("identity.events", company, "company.created",
					Map.of("companyId", company, "name", "Acme Wholesale", "slug", "acme", "currency", "EUR",
							"ownerUserId", UUID.randomUUID(), "ownerEmail", "owner@acme.test"),
					UUID.randomUUID(), created);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> !billingEvents.events(company, "subscription.changed").isEmpty());

		JsonNode data = billingEvents.events(company, "subscription.changed").get(0).path("data");
		assertThat(data.path("plan").asString()).isEqualTo("GROWTH");
		assertThat(data.path("status").asString()).isEqualTo("TRIALING");
		assertThat(data.path("monthlyOrderLimit").asInt()).isEqualTo(1000);
		assertThat(data.path("apiRequestsPerMinute").asInt()).isEqualTo(60);
		assertThat(Instant.parse(data.path("trialEndsAt").asString())).isEqualTo(created.plus(Duration.ofDays(14)));
		assertThat(this.jdbc.sql("select plan from subscription where company_id = ?")
			.param(company)
			.query(String.class)
			.single()).isEqualTo("GROWTH");
	}

	@Test
	void theSameOrderEventTwiceCountsOnce() {
		UUID company = UUID.randomUUID();
		UUID duplicate = UUID.randomUUID();
		Map<String, Object> march = order("2025-03-10T12:00:00Z");
		TestEvents.publish("order.events", company, "order.created", march, duplicate,
				Instant.parse("2025-03-10T12:00:00Z"));
		TestEvents.publish("order.events", company, "order.created", march, duplicate,
				Instant.parse("2025-03-10T12:00:00Z"));
		// A later event of the same company (same partition) marks that both copies were
		// read.
		TestEvents.publish("order.events", company, "order.created", order("2025-04-01T00:00:00Z"), UUID.randomUUID(),
				Instant.parse("2025-04-01T00:00:00Z"));

		await().atMost(Duration.ofSeconds(20)).until(() -> counter(company, "2025-04") == 1);

		assertThat(counter(company, "2025-03")).isEqualTo(1);
	}

	@Test
	void ordersAreCountedInTheUtcMonthTheyWereCreated() {
		UUID company = UUID.randomUUID();
		TestEvents.publish("order.events", company, "order.created", order("2025-01-31T23:59:59Z"));
		TestEvents.publish("order.events", company, "order.created", order("2025-01-01T00:00:00Z"));
		TestEvents.publish("order.events", company, "order.created", order("2025-02-01T00:00:00Z"));

		await().atMost(Duration.ofSeconds(20)).until(() -> counter(company, "2025-02") == 1);

		assertThat(counter(company, "2025-01")).isEqualTo(2);
	}

	@Test
	void billingPageShowsTheOwnersOwnUsageAndIsClosedToAdmins() {
		UUID companyA = UUID.randomUUID();
		UUID companyB = UUID.randomUUID();
		TestEvents.publish("identity.events", companyA, "company.created", Map.of("companyId", companyA));
		TestEvents.publish("identity.events", companyB, "company.created", Map.of("companyId", companyB));
		String now = Instant.now().toString();
		for (int i = 0; i < 3; i++) {
			TestEvents.publish("order.events", companyA, "order.created", order(now));
		}
		String month = Months.of(Instant.now());
		await().atMost(Duration.ofSeconds(20)).until(() -> counter(companyA, month) == 3);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select count(*) from subscription where company_id in (?, ?)")
				.params(companyA, companyB)
				.query(Integer.class)
				.single() == 2);

		ResponseEntity<String> ownerA = page(TestTokens.user(companyA, UUID.randomUUID(), Role.OWNER));
		ResponseEntity<String> ownerB = page(TestTokens.user(companyB, UUID.randomUUID(), Role.OWNER));
		ResponseEntity<String> admin = page(TestTokens.user(companyA, UUID.randomUUID(), Role.ADMIN));

		assertThat(ownerA.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(Jsoup.parse(ownerA.getBody()).getElementById("orders-this-month").text()).isEqualTo("3");
		assertThat(ownerA.getBody()).contains("Growth", "Trial", "of 1,000");
		assertThat(Jsoup.parse(ownerB.getBody()).getElementById("orders-this-month").text()).isEqualTo("0");
		assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private Map<String, Object> order(String createdAt) {
		return Map.of("orderId", UUID.randomUUID(), "number", 1, "source", "API", "status", "SUBMITTED", "createdAt",
				createdAt);
	}

	private int counter(UUID company, String month) {
		return this.jdbc.sql("select orders from usage_counter where company_id = ? and month = ?")
			.params(company, month)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	private ResponseEntity<String> page(String token) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build()
			.get()
			.uri("/dashboard/billing")
			.header("Authorization", "Bearer " + token)
			.retrieve()
			.toEntity(String.class);
	}

}
