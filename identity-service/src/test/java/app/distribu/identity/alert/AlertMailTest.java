package app.distribu.identity.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.distribu.identity.Accounts;
import app.distribu.identity.Accounts.SignedUp;
import app.distribu.identity.Browser;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.Mailbox;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alert mails to a company's team: low stock from catalog's {@code product.low_stock},
 * new orders from order-service's {@code order.created}; who gets them by default, each
 * member's own choice per company (Settings → Email notifications, saved with
 * POST/redirect/GET), once per event, storefront orders by default, API orders by choice,
 * dashboard orders never; a webhook turned off automatically, to owners and admins.
 */
@ServiceTest
class AlertMailTest {

	static final String SETTINGS = "/dashboard/settings/notifications";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void lowStockReachesOwnersAndAdminsOnceAndMembersNotByDefault() throws Exception {
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
		awaitProcessed(marker);
		assertThat(Mailbox.countTo(owner)).isEqualTo(1);
		assertThat(Mailbox.countTo(admin)).isEqualTo(1);
		assertThat(Mailbox.countTo(member)).isZero();
	}

	@Test
	void quoteRequestsAcceptancesAndDeclinesReachTheTeamWhoWantThem() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String owner = "owner-" + tag + "@quotes.test";
		String member = "member-" + tag + "@quotes.test";
		UUID company = Accounts.signUp(this.port, "Quote Shop", "quotes-" + tag, owner).companyId();
		member(company, member, "MEMBER");
		UUID quoteId = UUID.randomUUID();

		TestEvents.publish("order.events", company, "quote.requested",
				quote(quoteId, "REQUESTED", "Can you do 9.50 for 50?", null));
		Mailbox.Mail requested = Mailbox.await(owner, "Corner Deli asked for a quote (Q-12)");
		assertThat(requested.text()).contains("1 product to price for Quote Shop",
				"The buyer writes: Can you do 9.50 for 50?",
				"Open the quote: http://localhost:8080/dashboard/quotes/" + quoteId);
		TestEvents.publish("order.events", company, "quote.accepted", quote(quoteId, "ACCEPTED", null, 1042));
		assertThat(Mailbox.await(owner, "Corner Deli accepted quote Q-12: order #1042").text())
			.contains("The order is placed at the quoted prices: 475.00 EUR.");
		TestEvents.publish("order.events", company, "quote.declined",
				quote(UUID.randomUUID(), "DECLINED", "Found it cheaper.", null));
		assertThat(Mailbox.await(owner, "Corner Deli declined quote Q-12").text())
			.contains("Their reason: Found it cheaper.");
		Map<String, Object> buyerWithdrew = quote(UUID.randomUUID(), "WITHDRAWN", null, null);
		buyerWithdrew.put("withdrawnBy", "BUYER");
		TestEvents.publish("order.events", company, "quote.withdrawn", buyerWithdrew);
		assertThat(Mailbox.await(owner, "Corner Deli withdrew quote request Q-12").text())
			.contains("The buyer no longer needs it; there is nothing to price.");
		Map<String, Object> staffWithdrew = quote(UUID.randomUUID(), "WITHDRAWN", null, null);
		staffWithdrew.put("withdrawnBy", "STAFF");
		TestEvents.publish("order.events", company, "quote.withdrawn", staffWithdrew);
		UUID marker = TestEvents.publish("order.events", company, "quote.sent",
				quote(UUID.randomUUID(), "SENT", null, null));
		awaitProcessed(marker);
		assertThat(Mailbox.countTo(owner)).as("staff's own withdrawal and a sent quote are not mailed").isEqualTo(4);
		assertThat(Mailbox.countTo(member)).isZero();
	}

	private static Map<String, Object> quote(UUID quoteId, String status, String message, Integer orderNumber) {
		Map<String, Object> quote = new java.util.HashMap<>(Map.of("quoteId", quoteId, "number", 12, "reference",
				"Q-12", "customerId", UUID.randomUUID(), "customerName", "Corner Deli", "status", status, "currency",
				"EUR", "total", "475.00", "lines", List.of(Map.of("sku", "WDG-001", "name", "Widget", "quantity", 50,
						"unitPrice", "9.50", "lineTotal", "475.00"))));
		quote.put("message", message);
		quote.put("orderNumber", orderNumber);
		return quote;
	}

	@Test
	void ownersGetStorefrontOrdersByDefaultAndEachMemberChoosesForThemselves() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String owner = "owner-" + tag + "@orders.test";
		String admin = "admin-" + tag + "@orders.test";
		String member = "member-" + tag + "@orders.test";
		SignedUp shop = Accounts.signUp(this.port, "Order Shop", "orders-" + tag, owner);
		UUID adminId = member(shop.companyId(), admin, "ADMIN");
		UUID memberId = member(shop.companyId(), member, "MEMBER");

		Browser memberPage = as(shop, memberId, Role.MEMBER);
		assertThat(checked(memberPage.get(SETTINGS))).isEmpty();
		Browser.Page saved = memberPage.post(SETTINGS, Browser.form("topics", "NEW_STOREFRONT_ORDER"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).isEqualTo(SETTINGS + "?saved");
		Browser.Page reloaded = memberPage.get(saved.location());
		assertThat(reloaded.html().select("#saved").text()).isEqualTo("Your choices are saved.");
		assertThat(checked(reloaded)).containsExactly("NEW_STOREFRONT_ORDER");

		Browser adminPage = as(shop, adminId, Role.ADMIN);
		assertThat(checked(adminPage.get(SETTINGS))).containsExactly("NEW_STOREFRONT_ORDER", "LOW_STOCK",
				"REGISTRATION", "QUOTES");
		save(adminPage, "LOW_STOCK");

		UUID eventId = UUID.randomUUID();
		Map<String, Object> order = order("STOREFRONT", 1042, "Corner Deli");
		TestEvents.publish("order.events", shop.companyId(), "order.created", order, eventId, Instant.now());
		TestEvents.publish("order.events", shop.companyId(), "order.created", order, eventId, Instant.now());

		Mailbox.Mail mail = Mailbox.await(owner, "New order #1042");
		assertThat(mail.subject()).isEqualTo("New order #1042 from Corner Deli: 34.00 EUR");
		assertThat(mail.text()).contains("Corner Deli placed order #1042 at Order Shop",
				"Open the order: http://localhost:8080/dashboard/orders/" + order.get("orderId"),
				"2 x Olive oil 5 L (OIL-5)  34.00", "Deliver to: 1 Harbour Street, 3011 AA Rotterdam, NL",
				"http://localhost:8080/dashboard/settings/notifications");
		assertThat(mail.html()).contains("Olive oil 5 L", "34.00 EUR", "Open the order");
		Mailbox.await(member, "New order #1042");

		TestEvents.publish("order.events", shop.companyId(), "order.created", order("DASHBOARD", 1043, "Phone Co"));
		TestEvents.publish("order.events", shop.companyId(), "order.created", order("API", 1044, "EDI Co"));
		save(as(shop, shop.userId(), Role.OWNER), "NEW_STOREFRONT_ORDER", "NEW_API_ORDER");
		TestEvents.publish("order.events", shop.companyId(), "order.created", order("API", 1045, "EDI Co"));

		// Events of a company are handled in order, so #1043 and #1044 were handled
		// before.
		Mailbox.await(owner, "New API order #1045");
		assertThat(Mailbox.to(owner)).extracting(Mailbox.Mail::subject)
			.containsExactly("New order #1042 from Corner Deli: 34.00 EUR",
					"New API order #1045 from EDI Co: 34.00 EUR");
		assertThat(Mailbox.to(member)).hasSize(1);
		assertThat(Mailbox.to(admin)).isEmpty();
	}

	@Test
	void aChoiceCountsInItsCompanyOnly() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String owner = "two-" + tag + "@orders.test";
		SignedUp first = Accounts.signUp(this.port, "First Shop", "first-" + tag, owner);
		SignedUp second = Accounts.signUp(this.port, "Second Shop", "second-" + tag, "other-" + tag + "@orders.test");
		this.jdbc.sql("insert into membership (user_id, company_id, role) values (?, ?, 'OWNER')")
			.params(first.userId(), second.companyId())
			.update();

		save(as(first, first.userId(), Role.OWNER));
		assertThat(checked(as(first, first.userId(), Role.OWNER).get(SETTINGS))).isEmpty();
		assertThat(checked(as(second, first.userId(), Role.OWNER).get(SETTINGS))).contains("NEW_STOREFRONT_ORDER");

		TestEvents.publish("order.events", first.companyId(), "order.created", order("STOREFRONT", 7, "A"));
		TestEvents.publish("order.events", second.companyId(), "order.created", order("STOREFRONT", 8, "B"));
		Mailbox.await(owner, "New order #8");
		assertThat(Mailbox.to(owner)).extracting(Mailbox.Mail::subject).noneMatch((s) -> s.contains("#7"));
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
				"Resend failed deliveries", "as an owner or admin of Hook Shop");
		Mailbox.await(admin, "Webhook turned off");
		awaitProcessed(eventId);
		assertThat(Mailbox.countTo(owner)).isEqualTo(1);
		assertThat(Mailbox.countTo(member)).isZero();
	}

	private Browser as(SignedUp company, UUID userId, Role role) {
		return new Browser(this.port).withBearer(TestTokens.user(company.companyId(), userId, role));
	}

	/** Opens the page (for its CSRF token) and saves the topics. */
	private static void save(Browser browser, String... topics) {
		browser.get(SETTINGS);
		Browser.Page saved = browser.post(SETTINGS,
				Browser.form(java.util.Arrays.stream(topics)
					.flatMap((t) -> java.util.stream.Stream.of("topics", t))
					.toArray(String[]::new)));
		assertThat(saved.status()).isEqualTo(302);
	}

	private static List<String> checked(Browser.Page page) {
		assertThat(page.status()).isEqualTo(200);
		return page.html().select("#notifications input[type=checkbox][checked]").eachAttr("value");
	}

	private UUID member(UUID companyId, String email, String role) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into app_user (id, email, name, password_hash) values (?, ?, ?, 'unused')")
			.params(id, email, role + " Person")
			.update();
		this.jdbc.sql("insert into membership (user_id, company_id, role) values (?, ?, ?)")
			.params(id, companyId, role)
			.update();
		return id;
	}

	private static Map<String, Object> order(String source, long number, String customer) {
		return Map.of("orderId", UUID.randomUUID(), "number", number, "source", source, "customerId", UUID.randomUUID(),
				"customerName", customer, "lines",
				List.of(Map.of("sku", "OIL-5", "name", "Olive oil 5 L", "unitPrice", "17.00", "quantity", 2,
						"lineTotal", "34.00")),
				"total", "34.00", "currency", "EUR", "shippingAddress", Map.of("id", UUID.randomUUID(), "line1",
						"1 Harbour Street", "city", "Rotterdam", "postalCode", "3011 AA", "country", "NL"),
				"createdAt", Instant.now().toString());
	}

	/** Waits until identity has applied the event (mails for it are queued by then). */
	private void awaitProcessed(UUID eventId) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from processed_event where event_id = ?")
				.param(eventId)
				.query(Long.class)
				.single() == 1);
	}

}
