package app.distribu.customer.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import app.distribu.platform.contracts.EventContracts;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What order-service keeps of a customer is announced whole after every change of it
 * ({@code customer.profile_changed}), with a revision that grows in commit order, and so
 * is the credit switch ({@code customer.credit_policy_changed}); the internal lookup
 * answers with the same revisions.
 */
@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class OrderProfileEventsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	final UUID company = UUID.randomUUID();

	@Test
	void everyChangeAnOrderNeedsIsAnnouncedWholeWithAGrowingRevision() throws Exception {
		String writer = TestTokens.apiKey(this.company, "customers:write", "customers:read");
		String id = (String) send("POST", writer, "/api/v1/customers", Map.of("name", "Profile Co", "email",
				"profile@co.test", "creditLimit", "1000", "paymentTerms", "NET_30"))
			.getBody()
			.get("id");
		String depot = (String) send("POST", writer, "/api/v1/customers/" + id + "/addresses", Map.of("kind",
				"SHIPPING", "line1", "9 Depot Road", "city", "Rotterdam", "postalCode", "3011 AA", "country", "NL"))
			.getBody()
			.get("id");
		send("PUT", writer, "/api/v1/customers/" + id, Map.of("name", "Profile Co", "email", "profile@co.test",
				"creditLimit", "1500.00", "paymentTerms", "PREPAID"));
		send("PATCH", writer, "/api/v1/customers/" + id, Map.of("status", "BLOCKED"));
		// Two addresses added at the same moment: the later revision has both.
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<?>> added = new ArrayList<>();
		for (String city : List.of("Ghent", "Antwerp")) {
			added.add(pool.submit(() -> send("POST", writer, "/api/v1/customers/" + id + "/addresses", Map.of("kind",
					"SHIPPING", "line1", "1 Main Street", "city", city, "postalCode", "9000", "country", "BE"))));
		}
		for (Future<?> future : added) {
			future.get();
		}
		pool.shutdown();
		send("DELETE", writer, "/api/v1/customers/" + id + "/addresses/" + depot, null);

		List<JsonNode> profiles = emitted("customer.profile_changed").stream()
			.filter((event) -> event.path("data").path("customerId").asString().equals(id))
			.toList();
		assertThat(profiles).allSatisfy(
				(event) -> assertThat(EventContracts.violations(EventContracts.bodyOf(event))).as(event.toString())
					.isEmpty());
		assertThat(profiles.stream().map((event) -> event.path("data").path("revision").asLong()).toList())
			.as("created, address, update, status, two addresses, removal")
			.containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
		JsonNode last = profiles.get(profiles.size() - 1).path("data");
		assertThat(last.path("status").asString()).isEqualTo("BLOCKED");
		assertThat(last.path("paymentTerms").asString()).isEqualTo("PREPAID");
		assertThat(last.path("creditLimit").asString()).isEqualTo("1500.00");
		List<String> cities = new ArrayList<>();
		last.path("addresses").forEach((address) -> cities.add(address.path("city").asString()));
		assertThat(cities).containsExactlyInAnyOrder("Ghent", "Antwerp");
		assertThat(profiles.get(5).path("data").path("addresses")).as("revision 6 has both new addresses").hasSize(3);

		String orderService = TestTokens.apiKey(this.company, "orders:write");
		assertThat(send("GET", orderService, "/internal/customers/" + id, null).getBody()).containsEntry("revision", 7)
			.containsEntry("creditPolicyRevision", 0)
			.containsEntry("creditEnforced", false);
	}

	@Test
	void theCreditSwitchIsAnnouncedWithItsRevision() {
		Browser owner = new Browser(this.port).withBearer(TestTokens.user(this.company, UUID.randomUUID(), Role.OWNER));
		owner.get("/dashboard/customers/credit");
		owner.post("/dashboard/customers/credit", "enforced", "true");
		owner.get("/dashboard/customers/credit");
		owner.post("/dashboard/customers/credit", "enforced", "false");

		List<JsonNode> switches = emitted("customer.credit_policy_changed");
		assertThat(switches).allSatisfy(
				(event) -> assertThat(EventContracts.violations(EventContracts.bodyOf(event))).as(event.toString())
					.isEmpty());
		assertThat(switches.stream()
			.map((event) -> event.path("data").path("enforced").asBoolean() + "@"
					+ event.path("data").path("revision").asLong())
			.toList()).containsExactly("true@1", "false@2");
	}

	private List<JsonNode> emitted(String type) {
		return this.jdbc.sql("select payload from outbox_event where company_id = ? and event_type = ? order by seq")
			.params(this.company, type)
			.query(String.class)
			.list()
			.stream()
			.map(this.json::readTree)
			.toList();
	}

	private ResponseEntity<Map> send(String method, String token, String path, Object body) {
		var request = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (req, response) -> {
			})
			.build()
			.method(HttpMethod.valueOf(method))
			.uri(path)
			.headers((h) -> h.setBearerAuth(token));
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		ResponseEntity<Map> response = request.retrieve().toEntity(Map.class);
		assertThat(response.getStatusCode().is2xxSuccessful()).as(method + " " + path + " " + response.getBody())
			.isTrue();
		return response;
	}

}
