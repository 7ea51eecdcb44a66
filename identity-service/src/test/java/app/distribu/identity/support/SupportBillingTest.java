package app.distribu.identity.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.distribu.identity.Accounts;
import app.distribu.identity.Accounts.SignedUp;
import app.distribu.identity.Browser;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's billing actions: found by invoice ID, done by billing-service (here a
 * loopback stand-in answering as billing does; the real pair runs in deploy/local's
 * system test), audit-logged once per action with billing's before and after.
 */
@ServiceTest
class SupportBillingTest {

	static final JsonMapper json = JsonMapper.builder().build();

	static final StubBilling billing = new StubBilling();

	static final UUID SUPPORT_ID = UUID.randomUUID();

	@DynamicPropertySource
	static void billing(DynamicPropertyRegistry properties) {
		properties.add("distribu.identity.support-billing.url", billing::baseUrl);
	}

	@AfterAll
	static void stop() {
		billing.server.stop(0);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRefundByInvoiceIdIsDoneOnceAndAuditLoggedWithBeforeAndAfter() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Refund Corp", "refund-corp", "owner@refund.test");
		billing.company = acme.companyId();
		Browser support = support();

		Browser.Page found = support.get("/support?q=inv-2026-000007");
		assertThat(found.location()).isEqualTo("/support/invoices/INV-2026-000007");
		Browser.Page invoice = support.get(found.location());
		assertThat(invoice.html().select("#total").text()).isEqualTo("USD 79.00");
		String actionId = invoice.html().select("#refund input[name=actionId]").val();

		Map<String, String> form = Map.of("actionId", actionId, "amount", "20.00", "reason", "Ticket 4711");
		Browser.Page refunded = support.post("/support/invoices/" + StubBilling.INVOICE + "/refunds", form(form));
		Browser.Page again = support.post("/support/invoices/" + StubBilling.INVOICE + "/refunds", form(form));

		assertThat(refunded.location()).isEqualTo("/support/invoices/" + StubBilling.INVOICE + "?refunded");
		assertThat(again.status()).isEqualTo(302);
		assertThat(billing.refunds.stream().filter((body) -> actionId.equals(body.path("actionId").asString())))
			.as("the same form twice reaches billing with the same action id")
			.hasSize(2);
		List<Map<String, Object>> audit = this.jdbc
			.sql("select * from support_audit where action = 'REFUND_INVOICE' and target_company_id = ?")
			.param(acme.companyId())
			.query()
			.listOfRows();
		assertThat(audit).hasSize(1);
		assertThat(audit.get(0)).containsEntry("id", UUID.fromString(actionId))
			.containsEntry("actor_id", SUPPORT_ID)
			.containsEntry("reason", "Ticket 4711");
		assertThat(json.readTree((String) audit.get(0).get("before_state")).path("refunded").asString())
			.isEqualTo("0.00");
		assertThat(json.readTree((String) audit.get(0).get("after_state")).path("refunded").asString())
			.isEqualTo("20.00");
		assertThat(support.get("/support/audit").html().text()).contains("REFUND_INVOICE", "Ticket 4711");
	}

	@Test
	void billingsRefusalOrSilenceIsShownAndNothingIsLogged() throws Exception {
		Browser support = support();
		support.get("/support/invoices/INV-2026-000007");

		Browser.Page tooMuch = support.post("/support/invoices/" + StubBilling.INVOICE + "/refunds",
				form(Map.of("actionId", UUID.randomUUID().toString(), "amount", "999.00", "reason", "Ticket 1")));
		billing.down = true;
		Browser.Page down = support.post("/support/invoices/" + StubBilling.INVOICE + "/settlement",
				form(Map.of("actionId", UUID.randomUUID().toString(), "reason", "Ticket 2")));
		billing.down = false;
		Browser.Page noReason = support.post("/support/invoices/" + StubBilling.INVOICE + "/refunds",
				form(Map.of("actionId", UUID.randomUUID().toString(), "reason", " ")));

		assertThat(tooMuch.status()).isEqualTo(422);
		assertThat(tooMuch.html().select(".alert.error").text()).contains("Refund between 0.01 and 79.00 USD");
		assertThat(down.status()).isEqualTo(503);
		assertThat(down.html().text()).contains("Nothing was recorded");
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(this.jdbc.sql("select count(*) from support_audit where reason in ('Ticket 1', 'Ticket 2')")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void enterpriseIsSoldFromTheCompanyPageAndAuditLogged() throws Exception {
		SignedUp big = Accounts.signUp(this.port, "Big Corp", "big-corp", "owner@big.test");
		billing.company = big.companyId();
		Browser support = support();
		Browser.Page page = support.get("/support/companies/" + big.companyId());
		assertThat(page.html().select("#billing-plan").text()).isEqualTo("GROWTH");
		String actionId = page.html().select("#enterprise input[name=actionId]").val();

		Browser.Page moved = support.post("/support/companies/" + big.companyId() + "/enterprise",
				form(Map.of("actionId", actionId, "interval", "ANNUAL", "price", "12000.00", "reason", "Contract 77")));

		assertThat(moved.location()).isEqualTo("/support/companies/" + big.companyId() + "?enterprise");
		assertThat(billing.enterprise.path("price").asString()).isEqualTo("12000.00");
		assertThat(billing.enterprise.path("interval").asString()).isEqualTo("ANNUAL");
		assertThat(this.jdbc.sql("select after_state from support_audit where id = ?")
			.param(UUID.fromString(actionId))
			.query(String.class)
			.single()).contains("ENTERPRISE");
	}

	private Browser support() {
		return new Browser(this.port).withBearer(TestTokens.support(SUPPORT_ID));
	}

	private static org.springframework.util.MultiValueMap<String, String> form(Map<String, String> fields) {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		fields.forEach(form::add);
		return form;
	}

	/** Answers the console's calls as billing-service does. */
	static final class StubBilling {

		static final UUID INVOICE = UUID.randomUUID();

		final HttpServer server;

		final List<JsonNode> refunds = new CopyOnWriteArrayList<>();

		volatile JsonNode enterprise;

		volatile UUID company = UUID.randomUUID();

		volatile boolean down;

		StubBilling() {
			try {
				this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.server.createContext("/", this::handle);
			this.server.start();
		}

		String baseUrl() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort();
		}

		private void handle(HttpExchange exchange) throws IOException {
			String path = exchange.getRequestURI().getPath();
			JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
			int status = 200;
			Object answer;
			if (this.down) {
				status = 500;
				answer = Map.of();
			}
			else if (path.startsWith("/internal/support/invoices/") && path.endsWith("/refunds")) {
				this.refunds.add(body);
				if ("999.00".equals(body.path("amount").asString())) {
					status = 422;
					answer = Map.of("title", "Unprocessable request", "detail",
							"Refund between 0.01 and 79.00 USD (what is left of invoice INV-2026-000007).");
				}
				else {
					answer = result(body, Map.of("refunded", "0.00"), Map.of("refunded", "20.00", "refund", "20.00"));
				}
			}
			else if (path.endsWith("/settlements")) {
				answer = result(body, Map.of("status", "open"), Map.of("status", "paid"));
			}
			else if (path.endsWith("/enterprise")) {
				this.enterprise = body;
				answer = result(body, Map.of("plan", "GROWTH"), Map.of("plan", "ENTERPRISE"));
			}
			else if (path.startsWith("/internal/support/invoices/")) {
				answer = Map.of("invoice", invoice(), "refunds", List.of());
			}
			else if (path.startsWith("/internal/support/companies/")) {
				answer = Map.of("subscription", Map.of("plan", "GROWTH", "status", "TRIALING", "interval", "MONTHLY",
						"limitsPlan", "GROWTH", "periodEnd", ""), "invoices", List.of(invoice()));
			}
			else {
				status = 404;
				answer = Map.of();
			}
			byte[] bytes = json.writeValueAsBytes(answer);
			exchange.getResponseHeaders()
				.add("Content-Type", (status == 422) ? "application/problem+json" : "application/json");
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		}

		private Map<String, Object> result(JsonNode body, Map<String, Object> before, Map<String, Object> after) {
			return Map.of("actionId", body.path("actionId").asString(), "companyId", this.company.toString(),
					"invoiceId", INVOICE.toString(), "before", before, "after", after);
		}

		private Map<String, Object> invoice() {
			return Map.ofEntries(Map.entry("id", INVOICE.toString()), Map.entry("companyId", this.company.toString()),
					Map.entry("number", "INV-2026-000007"), Map.entry("status", "paid"),
					Map.entry("reason", "SUBSCRIBE"), Map.entry("plan", "GROWTH"), Map.entry("interval", "MONTHLY"),
					Map.entry("currency", "USD"), Map.entry("total", "79.00"), Map.entry("refunded", "0.00"),
					Map.entry("refundable", "79.00"), Map.entry("issuedAt", "2026-03-01T10:00:00Z"),
					Map.entry("paidAt", "2026-03-02T10:00:00Z"), Map.entry("provider", "manual"),
					Map.entry("lines", List.of(Map.of("description", "Growth plan, monthly, 1 Mar 2026 to 1 Apr 2026",
							"amount", "79.00"))));
		}

	}

}
