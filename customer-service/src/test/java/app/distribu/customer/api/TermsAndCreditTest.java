package app.distribu.customer.api;

import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import app.distribu.customer.Browser;
import app.distribu.customer.FakeCatalogAndOrders;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Groups, payment terms and credit limits: kept here, announced to catalog, handed to
 * order-service, and the balance order-service keeps shown beside them.
 */
@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class TermsAndCreditTest {

	static final FakeCatalogAndOrders upstreams = new FakeCatalogAndOrders();

	@DynamicPropertySource
	static void upstreams(DynamicPropertyRegistry registry) {
		registry.add("distribu.customer.upstream.catalog-url", upstreams::url);
		registry.add("distribu.customer.upstream.order-url", upstreams::url);
	}

	@LocalServerPort
	int port;

	final UUID company = UUID.randomUUID();

	RestClient client() {
		return RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	ResponseEntity<Map> send(String method, String token, String path, Object body) {
		var request = client().method(org.springframework.http.HttpMethod.valueOf(method))
			.uri(path)
			.headers((h) -> h.setBearerAuth(token));
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.retrieve().toEntity(Map.class);
	}

	@Test
	void termsSentEmptyAsTheFormsNotSetDoAreCleared() {
		String writer = TestTokens.apiKey(this.company, "customers:write", "customers:read");
		String id = (String) send("POST", writer, "/api/v1/customers",
				Map.of("name", "Clear Co", "email", "clear@co.test", "paymentTerms", "NET_15"))
			.getBody()
			.get("id");

		ResponseEntity<Map> cleared = send("PUT", writer, "/api/v1/customers/" + id,
				Map.of("name", "Clear Co", "email", "clear@co.test", "paymentTerms", ""));

		assertThat(cleared.getStatusCode().value()).isEqualTo(200);
		assertThat(cleared.getBody()).containsEntry("paymentTerms", null);
	}

	@Test
	void groupAndTermsAreKeptAnnouncedAndHandedToOrderService() {
		String writer = TestTokens.apiKey(this.company, "customers:write", "customers:read");
		Map created = send("POST", writer, "/api/v1/customers", Map.of("name", "Terms Co", "email", "terms@co.test",
				"creditLimit", "1000", "group", " Gold ", "paymentTerms", "NET_30"))
			.getBody();
		assertThat(created).containsEntry("group", "Gold").containsEntry("paymentTerms", "NET_30");
		String id = (String) created.get("id");
		Map refused = send("POST", writer, "/api/v1/customers",
				Map.of("name", "Bad", "email", "bad@co.test", "paymentTerms", "NET_90"))
			.getBody();
		assertThat(refused).containsEntry("status", 400);
		assertThat((Map) refused.get("errors")).containsEntry("paymentTerms",
				"Payment terms are PREPAID, DUE_ON_DELIVERY, NET_15, NET_30 or NET_60.");

		try (TopicReader events = new TopicReader("customer.events")) {
			JsonNode createdEvent = events.awaitFirst(this.company, "customer.created",
					(event) -> event.path("data").path("customerId").asString().equals(id));
			assertThat(createdEvent.path("data").path("group").asString()).isEqualTo("Gold");

			send("PUT", writer, "/api/v1/customers/" + id, Map.of("name", "Terms Co", "email", "terms@co.test",
					"creditLimit", "1500.00", "group", "Silver", "paymentTerms", "PREPAID"));
			JsonNode updated = events.awaitFirst(this.company, "customer.updated",
					(event) -> event.path("data").path("customerId").asString().equals(id));
			assertThat(updated.path("data").path("group").asString()).isEqualTo("Silver");
			assertThat(updated.path("data").path("paymentTerms").asString()).isEqualTo("PREPAID");
			assertThat(updated.path("data").path("creditLimit").asString()).isEqualTo("1500.00");
		}

		String orderService = TestTokens.apiKey(this.company, "orders:write");
		assertThat(send("GET", orderService, "/internal/customers/" + id, null).getBody())
			.containsEntry("group", "Silver")
			.containsEntry("paymentTerms", "PREPAID")
			.containsEntry("creditLimit", "1500.00")
			.containsEntry("creditEnforced", false);

		Browser owner = new Browser(this.port).withBearer(TestTokens.user(this.company, UUID.randomUUID(), Role.OWNER));
		Browser member = new Browser(this.port)
			.withBearer(TestTokens.user(this.company, UUID.randomUUID(), Role.MEMBER));
		assertThat(member.get("/dashboard/customers/credit").html().select("#credit-mode").text())
			.startsWith("Reference only.");
		member.get("/dashboard/customers/credit");
		assertThat(member.post("/dashboard/customers/credit", "enforced", "true").status()).isEqualTo(403);
		owner.get("/dashboard/customers/credit");
		Browser.Page switched = owner.post("/dashboard/customers/credit", "enforced", "true");
		assertThat(owner.get(switched.location()).html().select("#credit-mode").text()).startsWith("Enforced.");
		assertThat(send("GET", orderService, "/internal/customers/" + id, null).getBody())
			.containsEntry("creditEnforced", true);
		assertThat(send("GET", TestTokens.apiKey(UUID.randomUUID(), "orders:write"), "/internal/customers/" + id, null)
			.getStatusCode()
			.value()).as("another company's customer").isEqualTo(404);
	}

	@Test
	void theBalanceFromOrderServiceIsShownOnThePageAndInTheApi() {
		String writer = TestTokens.apiKey(this.company, "customers:write", "customers:read");
		String id = (String) send("POST", writer, "/api/v1/customers",
				Map.of("name", "Owing Co", "email", "owing@co.test", "creditLimit", "1000", "paymentTerms", "NET_15"))
			.getBody()
			.get("id");

		assertThat(send("GET", writer, "/api/v1/customers/" + id + "/credit", null).getBody())
			.containsEntry("paymentTerms", "NET_15")
			.containsEntry("creditLimit", "1000.00")
			.containsEntry("enforced", false)
			.containsEntry("openBalance", "900.00")
			.containsEntry("unpaidOrders", 3)
			.containsEntry("available", "100.00")
			.containsEntry("currency", "EUR");
		assertThat(send("GET", TestTokens.apiKey(this.company, "customers:write"),
				"/api/v1/customers/" + id + "/credit", null)
			.getStatusCode()
			.value()).isEqualTo(403);

		Browser team = new Browser(this.port).withBearer(TestTokens.user(this.company, UUID.randomUUID(), Role.MEMBER));
		Browser.Page page = team.get("/dashboard/customers/" + id);
		assertThat(page.html().select("#open-balance").text()).isEqualTo("900.00 EUR");
		assertThat(page.html().select("#available-credit").text()).isEqualTo("100.00 EUR");
		assertThat(page.html().select("#payment-terms option[selected]").text()).isEqualTo("Net 15");

		Browser.Page saved = team.post("/dashboard/customers/" + id + "/details", "name", "Owing Co", "email",
				"owing@co.test", "phone", "", "creditLimit", "800", "notes", "", "group", "Bronze", "paymentTerms",
				"NET_60");
		Browser.Page after = team.get(saved.location());
		assertThat(after.html().select("#group").val()).isEqualTo("Bronze");
		assertThat(after.html().select("#open-balance").hasClass("bad")).as("over the new limit").isTrue();
	}

}
