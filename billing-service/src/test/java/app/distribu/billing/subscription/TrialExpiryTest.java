package app.distribu.billing.subscription;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import app.distribu.platform.test.TestClock;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
@TestPropertySource(properties = "distribu.billing.trial-check-interval=1h")
class TrialExpiryTest {

	static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");

	static final TopicReader billingEvents = new TopicReader("billing.events");

	@AfterAll
	static void closeReader() {
		billingEvents.close();
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		TestClock clock() {
			return new TestClock(CREATED);
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	EndingTrials endingTrials;

	@Test
	void anEndedTrialFallsBackToStarterLimitsOnceAndThePageSaysSo() {
		UUID trialing = company();
		UUID upgraded = company();
		this.jdbc.sql("update subscription set plan = 'PRO', status = 'ACTIVE' where company_id = ?")
			.param(upgraded)
			.update();

		this.clock.set(CREATED.plus(Duration.ofDays(14)).minusSeconds(1));
		this.endingTrials.endTrials();
		assertThat(plan(trialing)).isEqualTo("GROWTH TRIALING");

		this.clock.set(CREATED.plus(Duration.ofDays(14)));
		this.endingTrials.endTrials();
		this.endingTrials.endTrials();

		assertThat(plan(trialing)).isEqualTo("STARTER TRIALING");
		assertThat(plan(upgraded)).isEqualTo("PRO ACTIVE");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> billingEvents.events(trialing, "subscription.changed").size() == 2);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.until(() -> billingEvents.events(trialing, "subscription.changed").size() == 2);
		JsonNode fallBack = billingEvents.events(trialing, "subscription.changed").get(1).path("data");
		assertThat(fallBack.path("plan").asString()).isEqualTo("STARTER");
		assertThat(fallBack.path("monthlyOrderLimit").asInt()).isEqualTo(100);
		assertThat(billingEvents.events(upgraded, "subscription.changed")).hasSize(1);

		String page = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/dashboard/billing")
			.header("Authorization", "Bearer " + TestTokens.user(trialing, UUID.randomUUID(), Role.OWNER))
			.retrieve()
			.body(String.class);
		assertThat(Jsoup.parse(page).select("#trial-ended").text()).contains("Your trial ended on 15 March 2026",
				"Starter limits");
		assertThat(page).contains("Trial ended", "of 100");
	}

	private UUID company() {
		UUID company = UUID.randomUUID();
		TestEvents.publish("identity.events", company, "company.created", Map.of("companyId", company),
				UUID.randomUUID(), CREATED);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !billingEvents.events(company, "subscription.changed").isEmpty());
		return company;
	}

	private String plan(UUID company) {
		List<String> rows = this.jdbc.sql("select plan || ' ' || status from subscription where company_id = ?")
			.param(company)
			.query(String.class)
			.list();
		return rows.get(0);
	}

}
