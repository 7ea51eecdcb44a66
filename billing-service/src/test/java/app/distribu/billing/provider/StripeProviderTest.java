package app.distribu.billing.provider;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import app.distribu.billing.BillingHttp;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Stripe adapter against a loopback server that plays Stripe's API from recorded
 * payloads, and Stripe's signed webhooks, signed here with Stripe's scheme (HMAC-SHA256
 * over {@code timestamp.body}). Nothing leaves 127.0.0.1.
 */
@ServiceTest
class StripeProviderTest {

	static final String SECRET = "whsec_test_4eC39HqLyjWDarjtT1zdp7dc";

	static final LoopbackStripe stripe = new LoopbackStripe();

	@DynamicPropertySource
	static void stripe(DynamicPropertyRegistry properties) {
		properties.add("distribu.billing.provider", () -> "stripe");
		properties.add("distribu.billing.stripe.api-key", () -> "sk_test_51QxLoopback");
		properties.add("distribu.billing.stripe.webhook-secret", () -> SECRET);
		properties.add("distribu.billing.stripe.api-base", stripe::baseUrl);
	}

	@AfterAll
	static void stop() {
		stripe.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCardPaymentSettlesAtOnceAndEveryCallCarriesAnIdempotencyKey() {
		stripe.payOutcome = LoopbackStripe.PayOutcome.PAID;
		UUID company = trialingCompany();

		choose(company, "GROWTH");

		assertThat(invoice(company)).isEqualTo("paid null");
		assertThat(subscription(company)).isEqualTo("GROWTH ACTIVE GROWTH");
		String ourId = this.jdbc.sql("select id::text from invoice where company_id = ?")
			.param(company)
			.query(String.class)
			.single();
		LoopbackStripe.Request created = stripe.requests("POST", "/v1/invoices")
			.stream()
			.filter((r) -> ourId.equals(r.form().get("metadata[distribu_invoice_id]")))
			.findFirst()
			.orElseThrow();
		assertThat(created.authorization()).isEqualTo("Bearer sk_test_51QxLoopback");
		assertThat(created.idempotencyKey()).isEqualTo("distribu-invoice-" + ourId);
		assertThat(created.form()).containsEntry("collection_method", "charge_automatically")
			.containsEntry("currency", "usd")
			.containsEntry("auto_advance", "false");
		assertThat(stripe.requests("POST", "/v1/invoiceitems")
			.stream()
			.filter((r) -> ("distribu-invoice-" + ourId + "-line-1").equals(r.idempotencyKey()))).singleElement()
			.satisfies((item) -> assertThat(item.form()).containsEntry("amount", "7900"));
		assertThat(stripe.requests("POST", "/v1/customers")
			.stream()
			.filter((r) -> company.toString().equals(r.form().get("metadata[distribu_company_id]")))).singleElement()
			.satisfies((r) -> assertThat(r.idempotencyKey()).isEqualTo("distribu-customer-" + company));
		assertThat(stripe.requests("POST", "/v1/invoices/")
			.stream()
			.filter((r) -> r.path().endsWith("/pay"))
			.anyMatch((r) -> "true".equals(r.form().get("off_session")))).isTrue();
	}

	@Test
	void aThreeDSecureHoldShowsAsAnOpenInvoiceUntilStripeSaysItIsPaid() {
		stripe.payOutcome = LoopbackStripe.PayOutcome.REQUIRES_ACTION;
		UUID company = trialingCompany();
		String owner = TestTokens.user(company, UUID.randomUUID(), Role.OWNER);

		String invoicePage = choose(company, "PRO").getHeaders().getLocation().getPath();

		assertThat(invoice(company)).isEqualTo("open requires_action");
		assertThat(subscription(company)).as("within the grace period").startsWith("PRO ACTIVE");
		var page = http().page(owner, invoicePage);
		assertThat(page.select("#invoice-status").text()).isEqualTo("open");
		assertThat(page.select("#payment-note").text()).contains("held for 3-D Secure review");
		assertThat(page.select("#pay-online").attr("href")).startsWith("https://invoice.stripe.com/i/");

		assertThat(webhook("invoice.paid", company, "paid", Instant.now(), SECRET).getStatusCode())
			.isEqualTo(HttpStatus.OK);

		assertThat(invoice(company)).isEqualTo("paid null");
		assertThat(http().page(owner, invoicePage).select("#invoice-status").text()).isEqualTo("paid");
	}

	@Test
	void aDeclinedCardMakesTheSubscriptionPastDueAtOnceAndPayingClearsIt() {
		stripe.payOutcome = LoopbackStripe.PayOutcome.PAID;
		UUID company = trialingCompany();
		choose(company, "GROWTH");
		stripe.payOutcome = LoopbackStripe.PayOutcome.DECLINED;

		choose(company, "PRO");

		assertThat(subscription(company)).isEqualTo("PRO PAST_DUE GROWTH");
		assertThat(this.jdbc.sql("select payment_message from invoice where company_id = ? and status = 'open'")
			.param(company)
			.query(String.class)
			.single()).isEqualTo("declined: insufficient funds");

		webhook("invoice.paid", company, "paid", Instant.now(), SECRET);

		assertThat(subscription(company)).isEqualTo("PRO ACTIVE PRO");
	}

	@Test
	void forgedStaleAndRepeatedWebhooksChangeNothing() {
		stripe.payOutcome = LoopbackStripe.PayOutcome.REQUIRES_ACTION;
		UUID company = trialingCompany();
		choose(company, "PRO");

		ResponseEntity<String> forged = webhook("invoice.paid", company, "paid", Instant.now(), "whsec_someone_else");
		ResponseEntity<String> stale = webhook("invoice.paid", company, "paid",
				Instant.now().minus(Duration.ofMinutes(10)), SECRET);
		ResponseEntity<String> unsigned = post(
				LoopbackStripe.fill("event.json", event("invoice.paid", company, "paid")), null);

		assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unsigned.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(invoice(company)).isEqualTo("open requires_action");

		Map<String, String> failed = event("invoice.payment_failed", company, "open");
		String payload = LoopbackStripe.fill("event.json", failed);
		assertThat(post(payload, signature(payload, Instant.now(), SECRET)).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(post(payload, signature(payload, Instant.now(), SECRET)).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.jdbc
			.sql("select count(*) from subscription_history where company_id = ? and reason = 'PAYMENT_FAILED'")
			.param(company)
			.query(Integer.class)
			.single()).as("a redelivered event applies once").isEqualTo(1);
	}

	@Test
	void refundsAndThePaymentMethodPortalGoThroughStripe() {
		stripe.payOutcome = LoopbackStripe.PayOutcome.PAID;
		UUID company = trialingCompany();
		choose(company, "GROWTH");
		String invoiceId = this.jdbc.sql("select id::text from invoice where company_id = ?")
			.param(company)
			.query(String.class)
			.single();
		UUID action = UUID.randomUUID();

		ResponseEntity<String> refunded = http().internal(TestTokens.support(UUID.randomUUID()), "POST",
				"/internal/support/invoices/" + invoiceId + "/refunds",
				Map.of("actionId", action, "amount", "10.00", "reason", "Ticket 9"));

		assertThat(refunded.getStatusCode()).as(refunded.getBody()).isEqualTo(HttpStatus.OK);
		LoopbackStripe.Request refund = stripe.requests("POST", "/v1/refunds")
			.stream()
			.filter((r) -> ("distribu-refund-" + action).equals(r.idempotencyKey()))
			.findFirst()
			.orElseThrow();
		assertThat(refund.form()).containsEntry("amount", "1000").containsKey("payment_intent");
		assertThat(refund.form().get("payment_intent")).startsWith("pi_3QxPaid");

		ResponseEntity<String> portal = http().submit(TestTokens.user(company, UUID.randomUUID(), Role.OWNER),
				"/dashboard/billing/payment-method", Map.of());
		assertThat(portal.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(portal.getHeaders().getLocation().toString()).startsWith("https://billing.stripe.com/p/session/");
	}

	private ResponseEntity<String> webhook(String type, UUID company, String status, Instant at, String secret) {
		String payload = LoopbackStripe.fill("event.json", event(type, company, status));
		return post(payload, signature(payload, at, secret));
	}

	private Map<String, String> event(String type, UUID company, String status) {
		Map<String, Object> row = this.jdbc.sql(
				"select id::text as id, provider_invoice_id, total_cents from invoice where company_id = ? order by issued_at desc limit 1")
			.param(company)
			.query()
			.singleRow();
		String amount = row.get("total_cents").toString();
		return Map.of("event", "evt_" + UUID.randomUUID().toString().replace("-", ""), "created",
				"" + Instant.now().getEpochSecond(), "invoice", (String) row.get("provider_invoice_id"),
				"distribu_invoice", (String) row.get("id"), "amount", amount, "amount_paid",
				"paid".equals(status) ? amount : "0", "amount_remaining", "paid".equals(status) ? "0" : amount,
				"status", status, "type", type);
	}

	/** Stripe's scheme: {@code t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>}. */
	private static String signature(String payload, Instant at, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			String signed = at.getEpochSecond() + "." + payload;
			return "t=" + at.getEpochSecond() + ",v1="
					+ HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ResponseEntity<String> post(String payload, String signature) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build()
			.post()
			.uri("/webhooks/stripe")
			.headers((h) -> {
				if (signature != null) {
					h.add("Stripe-Signature", signature);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.body(payload)
			.retrieve()
			.toEntity(String.class);
	}

	private ResponseEntity<String> choose(UUID company, String plan) {
		ResponseEntity<String> response = http().submit(TestTokens.user(company, UUID.randomUUID(), Role.OWNER),
				"/dashboard/billing/plans", Map.of("plan", plan, "interval", "MONTHLY"));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		return response;
	}

	private UUID trialingCompany() {
		UUID company = UUID.randomUUID();
		TestEvents.publish("identity.events", company, "company.created", Map.of("companyId", company, "name",
				"Acme Wholesale", "currency", "USD", "ownerEmail", "owner@acme.test"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select count(*) from subscription where company_id = ?")
				.param(company)
				.query(Integer.class)
				.single() == 1);
		return company;
	}

	private String invoice(UUID company) {
		return this.jdbc.sql(
				"select status || ' ' || coalesce(payment_state, 'null') from invoice where company_id = ? order by issued_at desc limit 1")
			.param(company)
			.query(String.class)
			.single();
	}

	private String subscription(UUID company) {
		return this.jdbc
			.sql("select plan || ' ' || status || ' ' || coalesce(paid_plan, '-') from subscription"
					+ " where company_id = ?")
			.param(company)
			.query(String.class)
			.single();
	}

	private BillingHttp http() {
		return new BillingHttp(this.port);
	}

}
