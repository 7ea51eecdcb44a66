package app.distribu.customer.accounts;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import app.distribu.customer.Browser;
import app.distribu.customer.Stores;
import app.distribu.platform.contracts.EventContracts;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Buyer roles and the approval threshold: set by staff (dashboard, API) and by the
 * customer's own admin buyer (storefront account page), guarded by one rule (a customer
 * whose orders can wait for approval keeps an admin buyer), and announced to
 * order-service in the order profile.
 */
@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class BuyerRolesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	final UUID company = UUID.randomUUID();

	final String writer = TestTokens.apiKey(this.company, "customers:read", "customers:write");

	@Test
	void staffSetRolesAndTheThresholdOnTheCustomersPageAndTheProfileCarriesThem() {
		String id = customer("ana@roles.test", "bruno@roles.test");
		Browser team = new Browser(this.port).withBearer(TestTokens.user(this.company, UUID.randomUUID(), Role.OWNER));
		String ana = contact(id, "ana@roles.test");
		String bruno = contact(id, "bruno@roles.test");
		team.get("/dashboard/customers/" + id);
		assertThat(
				team.get("/dashboard/customers/" + id).html().select("select[name=role] option[selected]").eachText())
			.as("every contact starts as a Buyer")
			.containsExactly("Buyer", "Buyer");

		Browser.Page noAdmin = team.post("/dashboard/customers/" + id + "/contacts/" + bruno + "/role", "role",
				"REQUESTER");
		assertThat(noAdmin.status()).isEqualTo(422);
		assertThat(noAdmin.html().text()).contains(BuyerRoles.ADMIN_NEEDED);

		team.post("/dashboard/customers/" + id + "/contacts/" + ana + "/role", "role", "ADMIN_BUYER");
		Browser.Page requester = team
			.follow(team.post("/dashboard/customers/" + id + "/contacts/" + bruno + "/role", "role", "REQUESTER"));
		assertThat(requester.html().text()).contains("Bruno is now Requester.");
		for (String bad : List.of("-1", "lots", "1e20", "1.234", "99999999999")) {
			Browser.Page refused = team.post("/dashboard/customers/" + id + "/approval-threshold", "approvalThreshold",
					bad);
			assertThat(refused.status()).as(bad).isEqualTo(422);
			assertThat(refused.html().text()).as(bad).contains("Approval threshold");
		}
		team.post("/dashboard/customers/" + id + "/approval-threshold", "approvalThreshold", " 500 ");

		JsonNode last = lastProfile(id);
		assertThat(EventContracts.violations(EventContracts.bodyOf(last))).isEmpty();
		assertThat(last.path("data").path("approvalThreshold").asString()).isEqualTo("500.00");
		assertThat(last.path("data").path("buyers").findValuesAsString("role")).containsExactlyInAnyOrder("ADMIN_BUYER",
				"REQUESTER");
		Browser.Page lastAdmin = team.post("/dashboard/customers/" + id + "/contacts/" + ana + "/remove");
		assertThat(lastAdmin.status()).as("the only admin buyer can't go while approvals are in use").isEqualTo(422);
		assertThat(contactCount(id)).isEqualTo(2);
	}

	@Test
	void theApiReadsAndSetsRolesAndTheThresholdWithReadableRefusals() {
		String id = customer("cleo@roles.test", "dan@roles.test");
		String cleo = contact(id, "cleo@roles.test");
		String dan = contact(id, "dan@roles.test");
		assertThat(
				(List<Map>) call(HttpMethod.GET, this.writer, "/api/v1/customers/" + id + "/contacts", null).getBody())
			.extracting((c) -> c.get("role"))
			.containsExactly("BUYER", "BUYER");

		ResponseEntity<Object> admin = call(HttpMethod.PUT, this.writer,
				"/api/v1/customers/" + id + "/contacts/" + cleo + "/role", Map.of("role", "ADMIN_BUYER"));
		assertThat((Map) admin.getBody()).containsEntry("role", "ADMIN_BUYER");
		ResponseEntity<Object> unknownRole = call(HttpMethod.PUT, this.writer,
				"/api/v1/customers/" + id + "/contacts/" + dan + "/role", Map.of("role", "BOSS"));
		assertThat(unknownRole.getStatusCode().value()).isEqualTo(422);
		assertThat(unknownRole.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat((Map) unknownRole.getBody()).containsEntry("detail", BuyerRole.MESSAGE);

		ResponseEntity<Object> negative = call(HttpMethod.PUT, this.writer,
				"/api/v1/customers/" + id + "/approval-threshold", Map.of("approvalThreshold", "-5"));
		assertThat(negative.getStatusCode().value()).isEqualTo(422);
		assertThat((Map) negative.getBody()).containsEntry("detail", "Approval threshold must be 0 or more.");
		ResponseEntity<Object> threshold = call(HttpMethod.PUT, this.writer,
				"/api/v1/customers/" + id + "/approval-threshold", Map.of("approvalThreshold", "250.5"));
		assertThat((Map) threshold.getBody()).containsEntry("approvalThreshold", "250.50");
		assertThat((Map) call(HttpMethod.GET, this.writer, "/api/v1/customers/" + id, null).getBody())
			.containsEntry("approvalThreshold", "250.50");

		ResponseEntity<Object> demoted = call(HttpMethod.PUT, this.writer,
				"/api/v1/customers/" + id + "/contacts/" + cleo + "/role", Map.of("role", "BUYER"));
		assertThat(demoted.getStatusCode().value()).as("the threshold needs an admin buyer").isEqualTo(422);

		ResponseEntity<Object> described = call(HttpMethod.GET, this.writer, "/internal/openapi", null);
		assertThat(described.getStatusCode().value()).as("the description still builds").isEqualTo(200);
		assertThat((Map<String, Object>) ((Map) described.getBody()).get("paths")).containsKeys(
				"/api/v1/customers/{id}/contacts/{contactId}/role", "/api/v1/customers/{id}/approval-threshold");

		String otherCompany = TestTokens.apiKey(UUID.randomUUID(), "customers:read", "customers:write");
		assertThat(call(HttpMethod.PUT, otherCompany, "/api/v1/customers/" + id + "/contacts/" + dan + "/role",
				Map.of("role", "ADMIN_BUYER"))
			.getStatusCode()
			.value()).isEqualTo(404);
		assertThat(call(HttpMethod.PUT, otherCompany, "/api/v1/customers/" + id + "/approval-threshold",
				Map.of("approvalThreshold", "1"))
			.getStatusCode()
			.value()).isEqualTo(404);
		assertThat(this.jdbc.sql("select buyer_role from contact where id = ?")
			.param(UUID.fromString(dan))
			.query(String.class)
			.single()).isEqualTo("BUYER");
	}

	@Test
	void anAdminBuyerSetsRolesOfTheirOwnBusinessOnTheStorefrontAndNobodyElseCan() {
		String slug = "roles-" + UUID.randomUUID().toString().substring(0, 8);
		UUID store = Stores.open(this.port, slug, "Roles Store");
		String writerThere = TestTokens.apiKey(store, "customers:read", "customers:write");
		String id = customerWith(writerThere, "eve@" + slug + ".test", "finn@" + slug + ".test");
		String other = customerWith(writerThere, "gus@" + slug + ".test");
		String eve = contact(writerThere, id, "eve@" + slug + ".test");
		String finn = contact(writerThere, id, "finn@" + slug + ".test");
		String gus = contact(writerThere, other, "gus@" + slug + ".test");
		Browser asFinn = session(store, slug, finn, id);
		Browser asEve = session(store, slug, eve, id);
		asFinn.get("/store/" + slug + "/account");

		Browser.Page notAdmin = asFinn.post("/store/" + slug + "/account/buyers/" + finn + "/role", "role",
				"ADMIN_BUYER");
		assertThat(notAdmin.status()).isEqualTo(403);
		assertThat(notAdmin.html().select("#buyers-error").text())
			.isEqualTo("Only an Admin buyer can change roles and the approval threshold.");

		call(HttpMethod.PUT, writerThere, "/api/v1/customers/" + id + "/contacts/" + eve + "/role",
				Map.of("role", "ADMIN_BUYER"));
		Browser.Page account = asEve.get("/store/" + slug + "/account");
		assertThat(account.html().select("#my-role").text()).isEqualTo("Admin buyer");
		asEve.follow(asEve.post("/store/" + slug + "/account/buyers/" + finn + "/role", "role", "REQUESTER"));
		Browser.Page saved = asEve
			.follow(asEve.post("/store/" + slug + "/account/approval-threshold", "approvalThreshold", "75"));
		assertThat(saved.html().select("#account-notice").text())
			.isEqualTo("Buyers' orders over 75.00 now wait for approval.");
		Browser.Page bad = asEve.post("/store/" + slug + "/account/approval-threshold", "approvalThreshold",
				"'; drop table contact; --");
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.html().select("#buyers-error").text()).startsWith("Approval threshold must be an amount");
		Browser.Page selfDemotion = asEve.post("/store/" + slug + "/account/buyers/" + eve + "/role", "role", "BUYER");
		assertThat(selfDemotion.status()).isEqualTo(422);
		assertThat(selfDemotion.html().select("#buyers-error").text()).isEqualTo(BuyerRoles.ADMIN_NEEDED);

		assertThat(asEve.post("/store/" + slug + "/account/buyers/" + gus + "/role", "role", "REQUESTER").status())
			.as("another customer's contact")
			.isEqualTo(404);
		assertThat(asFinn.get("/store/" + slug + "/account").html().select("#my-role").text()).isEqualTo("Requester");
		assertThat(this.jdbc.sql("select buyer_role from contact where id = ?")
			.param(UUID.fromString(gus))
			.query(String.class)
			.single()).isEqualTo("BUYER");
	}

	private Browser session(UUID store, String slug, String contact, String customer) {
		return new Browser(this.port).withCookie("DISTRIBU_STORE_SESSION",
				TestTokens.contact(store, slug, UUID.fromString(contact), UUID.fromString(customer)));
	}

	private String customer(String... contactEmails) {
		return customerWith(this.writer, contactEmails);
	}

	private String customerWith(String token, String... contactEmails) {
		List<Map<String, String>> contacts = java.util.Arrays.stream(contactEmails)
			.map((email) -> Map.of("name",
					Character.toUpperCase(email.charAt(0)) + email.substring(1, email.indexOf('@')), "email", email))
			.toList();
		Map created = (Map) call(HttpMethod.POST, token, "/api/v1/customers", Map.of("name",
				"Roles " + UUID.randomUUID(), "email", UUID.randomUUID() + "@roles.test", "contacts", contacts))
			.getBody();
		return (String) created.get("id");
	}

	private String contact(String customer, String email) {
		return contact(this.writer, customer, email);
	}

	private String contact(String token, String customer, String email) {
		List<Map> contacts = (List<Map>) call(HttpMethod.GET, token, "/api/v1/customers/" + customer + "/contacts",
				null)
			.getBody();
		return (String) contacts.stream()
			.filter((c) -> email.equals(c.get("email")))
			.findFirst()
			.orElseThrow()
			.get("id");
	}

	private int contactCount(String customer) {
		return this.jdbc.sql("select count(*) from contact where customer_id = ?")
			.param(UUID.fromString(customer))
			.query(Integer.class)
			.single();
	}

	private JsonNode lastProfile(String customer) {
		return this.jdbc
			.sql("select payload from outbox_event where company_id = ? and event_type = 'customer.profile_changed' "
					+ "order by seq")
			.params(this.company)
			.query(String.class)
			.list()
			.stream()
			.map(this.json::readTree)
			.filter((event) -> event.path("data").path("customerId").asString().equals(customer))
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	private ResponseEntity<Object> call(HttpMethod method, String token, String path, Object body) {
		RestClient.RequestBodySpec request = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (req, response) -> {
			})
			.build()
			.method(method)
			.uri(path)
			.headers((h) -> h.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON);
		if (body != null) {
			request.body(body);
		}
		return request.retrieve().toEntity(Object.class);
	}

}
