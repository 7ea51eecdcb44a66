package app.distribu.identity.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.distribu.identity.Accounts;
import app.distribu.platform.test.Mailbox;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Alerts mailed to owners and admins: low stock, and a webhook turned off automatically.
 */
@ServiceTest
class LowStockAlertTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	void member(UUID companyId, String email, String role) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into app_user (id, email, name, password_hash) values (?, ?, ?, 'unused')")
			.params(id, email, role.charAt(0) + role.substring(1).toLowerCase() + " Person")
			.update();
		this.jdbc.sql("insert into membership (user_id, company_id, role) values (?, ?, ?)")
			.params(id, companyId, role)
			.update();
	}

	@Test
	void ownersAndAdminsGetOneEmailPerAlertAndMembersNone() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String owner = "owner-" + tag + "@shop.test";
		String admin = "admin-" + tag + "@shop.test";
		String member = "member-" + tag + "@shop.test";
		UUID company = Accounts.signUp(this.port, "Lamp Shop", "lamps-" + tag, owner).companyId();
		member(company, admin, "ADMIN");
		member(company, member, "MEMBER");
		UUID productId = UUID.randomUUID();
		Map<String, Object> data = Map.of("productId", productId, "sku", "LAMP-1", "name", "Desk lamp", "stock", 3,
				"threshold", 5);
		UUID eventId = UUID.randomUUID();
		Instant at = Instant.now();

		TestEvents.publish("catalog.events", company, "product.low_stock", data, eventId, at);
		TestEvents.publish("catalog.events", company, "product.low_stock", data, eventId, at);
		UUID marker = TestEvents.publish("catalog.events", company, "product.created", Map.of());

		Mailbox.Mail mail = Mailbox.await(owner, "Low stock: LAMP-1 Desk lamp");
		assertThat(mail.text()).contains("Desk lamp", "to 3 in stock", "threshold is 5",
				"/dashboard/products/" + productId);
		Mailbox.await(admin, "Low stock: LAMP-1 Desk lamp");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from processed_event where event_id = ?")
				.param(marker)
				.query(Long.class)
				.single() == 1);
		assertThat(Mailbox.countTo(owner)).isEqualTo(1);
		assertThat(Mailbox.countTo(admin)).isEqualTo(1);
		assertThat(Mailbox.countTo(member)).isZero();
	}

	@Test
	void ownersAndAdminsHearOnceThatAWebhookWasTurnedOff() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String owner = "owner-" + tag + "@hooks.test";
		String admin = "admin-" + tag + "@hooks.test";
		String member = "member-" + tag + "@hooks.test";
		UUID company = Accounts.signUp(this.port, "Hook Shop", "hooks-" + tag, owner).companyId();
		member(company, admin, "ADMIN");
		member(company, member, "MEMBER");
		Map<String, Object> data = Map.of("webhookId", UUID.randomUUID(), "url", "https://erp.partner.example/hooks",
				"reason", "FAILING", "failingSince", "2026-03-02T09:14:06Z", "lastError", "503 Service Unavailable");
		UUID eventId = UUID.randomUUID();
		Instant at = Instant.now();

		TestEvents.publish("webhook.events", company, "webhook.disabled", data, eventId, at);
		TestEvents.publish("webhook.events", company, "webhook.disabled", data, eventId, at);

		Mailbox.Mail mail = Mailbox.await(owner, "Webhook turned off: https://erp.partner.example/hooks");
		assertThat(mail.text()).contains("Hook Shop", "failed since 2 Mar 2026, 09:14 UTC",
				"The last answer was: 503 Service Unavailable", "/dashboard/settings/webhooks",
				"Resend failed deliveries");
		Mailbox.await(admin, "Webhook turned off");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from processed_event where event_id = ?")
				.param(eventId)
				.query(Long.class)
				.single() == 1);
		assertThat(Mailbox.countTo(owner)).isEqualTo(1);
		assertThat(Mailbox.countTo(member)).isZero();
	}

}
