package app.distribu.customer.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class CustomerPartsApiTest {

	@LocalServerPort
	int port;

	RestClient http;

	final UUID company = UUID.randomUUID();

	final String writer = TestTokens.apiKey(this.company, "customers:read", "customers:write");

	@BeforeEach
	void client() {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	ResponseEntity<Object> call(HttpMethod method, String token, String path, Object body) {
		RestClient.RequestBodySpec request = this.http.method(method)
			.uri(path)
			.headers((h) -> h.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON);
		if (body != null) {
			request.body(body);
		}
		return request.retrieve().toEntity(Object.class);
	}

	String create(String name, String email) {
		Map created = (Map) call(HttpMethod.POST, this.writer, "/api/v1/customers",
				Map.of("name", name, "email", email))
			.getBody();
		return (String) created.get("id");
	}

	@Test
	void updatesDetailsAndChangesStatusWithAnEvent() {
		String id = create("Old Name", "old@parts.test");
		ResponseEntity<Object> updated = call(HttpMethod.PUT, this.writer, "/api/v1/customers/" + id,
				Map.of("name", "New Name", "email", "new@parts.test", "creditLimit", "100.5", "notes", "Pays late"));
		assertThat(updated.getStatusCode().value()).isEqualTo(200);
		assertThat((Map<String, Object>) updated.getBody()).containsEntry("name", "New Name")
			.containsEntry("creditLimit", "100.50")
			.containsEntry("status", "ACTIVE");

		ResponseEntity<Object> invalid = call(HttpMethod.PUT, this.writer, "/api/v1/customers/" + id,
				Map.of("name", "", "email", "nope"));
		assertThat(invalid.getStatusCode().value()).isEqualTo(400);
		assertThat(invalid.getHeaders().getContentType().toString()).startsWith("application/problem+json");

		ResponseEntity<Object> blocked = call(HttpMethod.PATCH, this.writer, "/api/v1/customers/" + id,
				Map.of("status", "BLOCKED"));
		assertThat((Map<String, Object>) blocked.getBody()).containsEntry("status", "BLOCKED");
		ResponseEntity<Object> bad = call(HttpMethod.PATCH, this.writer, "/api/v1/customers/" + id,
				Map.of("status", "GONE"));
		assertThat(bad.getStatusCode().value()).isEqualTo(400);
		ResponseEntity<Object> back = call(HttpMethod.PATCH, this.writer, "/api/v1/customers/" + id,
				Map.of("status", "PENDING"));
		assertThat(back.getStatusCode().value()).isEqualTo(409);

		try (TopicReader events = new TopicReader("customer.events")) {
			JsonNode changed = events.awaitFirst(this.company, "customer.status_changed", (e) -> true);
			assertThat(changed.path("data").path("customerId").asString()).isEqualTo(id);
			assertThat(changed.path("data").path("status").asString()).isEqualTo("BLOCKED");
			assertThat(changed.path("data").path("previousStatus").asString()).isEqualTo("ACTIVE");
		}
	}

	@Test
	void contactsCanBeAddedChangedAndRemovedWithEvents() {
		String id = create("Contacts Co", "c@parts.test");
		String base = "/api/v1/customers/" + id + "/contacts";
		ResponseEntity<Object> added = call(HttpMethod.POST, this.writer, base,
				Map.of("name", "Ann", "email", "ann@parts.test"));
		assertThat(added.getStatusCode().value()).isEqualTo(201);
		String contactId = (String) ((Map) added.getBody()).get("id");
		assertThat(call(HttpMethod.POST, this.writer, base, Map.of("name", "Dup", "email", "ANN@parts.test"))
			.getStatusCode()
			.value()).isEqualTo(409);

		ResponseEntity<Object> changed = call(HttpMethod.PUT, this.writer, base + "/" + contactId,
				Map.of("name", "Ann B", "email", "ann.b@parts.test"));
		assertThat((Map<String, Object>) changed.getBody()).containsEntry("email", "ann.b@parts.test");
		assertThat((List<Map<String, Object>>) call(HttpMethod.GET, this.writer, base, null).getBody())
			.extracting((c) -> c.get("name"))
			.containsExactly("Ann B");
		assertThat(call(HttpMethod.DELETE, this.writer, base + "/" + contactId, null).getStatusCode().value())
			.isEqualTo(204);
		assertThat((List) call(HttpMethod.GET, this.writer, base, null).getBody()).isEmpty();

		try (TopicReader events = new TopicReader("customer.events")) {
			assertThat(events.awaitFirst(this.company, "contact.created", (e) -> true)
				.path("data")
				.path("email")
				.asString()).isEqualTo("ann@parts.test");
			assertThat(events.awaitFirst(this.company, "contact.updated", (e) -> true)
				.path("data")
				.path("name")
				.asString()).isEqualTo("Ann B");
			JsonNode removed = events.awaitFirst(this.company, "contact.removed", (e) -> true);
			assertThat(removed.path("data").path("contactId").asString()).isEqualTo(contactId);
			assertThat(removed.path("data").path("customerId").asString()).isEqualTo(id);
		}
	}

	@Test
	void keepsOneDefaultAddressPerKind() {
		String id = create("Address Co", "a@parts.test");
		String base = "/api/v1/customers/" + id + "/addresses";
		Map first = (Map) call(HttpMethod.POST, this.writer, base, address("SHIPPING", "1 First St", null)).getBody();
		assertThat(first).containsEntry("isDefault", true);
		Map second = (Map) call(HttpMethod.POST, this.writer, base, address("SHIPPING", "2 Second St", true)).getBody();
		Map billing = (Map) call(HttpMethod.POST, this.writer, base, address("BILLING", "3 Bill St", null)).getBody();

		List<Map<String, Object>> all = (List) call(HttpMethod.GET, this.writer, base, null).getBody();
		assertThat(all).filteredOn((a) -> Boolean.TRUE.equals(a.get("isDefault")))
			.extracting((a) -> a.get("id"))
			.containsExactlyInAnyOrder(second.get("id"), billing.get("id"));

		ResponseEntity<Object> invalid = call(HttpMethod.POST, this.writer, base, Map.of("kind", "HOME"));
		assertThat(invalid.getStatusCode().value()).isEqualTo(400);
		assertThat(call(HttpMethod.DELETE, this.writer, base + "/" + first.get("id"), null).getStatusCode().value())
			.isEqualTo(204);
		assertThat((List) call(HttpMethod.GET, this.writer, base, null).getBody()).hasSize(2);
	}

	@Test
	void anotherCompanyAndMissingScopesAreRefused() {
		String id = create("Private Co", "p@parts.test");
		String stranger = TestTokens.apiKey(UUID.randomUUID(), "customers:read", "customers:write");
		assertThat(call(HttpMethod.PUT, stranger, "/api/v1/customers/" + id, Map.of("name", "X", "email", "x@x.test"))
			.getStatusCode()
			.value()).isEqualTo(404);
		assertThat(
				call(HttpMethod.PATCH, stranger, "/api/v1/customers/" + id, Map.of("status", "BLOCKED")).getStatusCode()
					.value())
			.isEqualTo(404);
		assertThat(
				call(HttpMethod.GET, stranger, "/api/v1/customers/" + id + "/contacts", null).getStatusCode().value())
			.isEqualTo(404);
		assertThat(call(HttpMethod.POST, stranger, "/api/v1/customers/" + id + "/addresses",
				address("BILLING", "1 St", null))
			.getStatusCode()
			.value()).isEqualTo(404);
		String reader = TestTokens.apiKey(this.company, "customers:read");
		ResponseEntity<Object> refused = call(HttpMethod.PATCH, reader, "/api/v1/customers/" + id,
				Map.of("status", "BLOCKED"));
		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(refused.getBody().toString()).contains("customers:write");
		assertThat((Map<String, Object>) call(HttpMethod.GET, this.writer, "/api/v1/customers/" + id, null).getBody())
			.containsEntry("status", "ACTIVE");
	}

	@Test
	void listsFilterBySearchAndStatus() {
		create("Findable Bakery", "bake@parts.test");
		String blocked = create("Blocked Bakery", "blocked@parts.test");
		call(HttpMethod.PATCH, this.writer, "/api/v1/customers/" + blocked, Map.of("status", "BLOCKED"));

		Map found = (Map) call(HttpMethod.GET, this.writer, "/api/v1/customers?q=BAKERY", null).getBody();
		assertThat((List<Map<String, Object>>) found.get("data")).extracting((c) -> c.get("name"))
			.containsExactly("Findable Bakery", "Blocked Bakery");
		Map onlyBlocked = (Map) call(HttpMethod.GET, this.writer, "/api/v1/customers?q=bakery&status=BLOCKED", null)
			.getBody();
		assertThat((List<Map<String, Object>>) onlyBlocked.get("data")).extracting((c) -> c.get("name"))
			.containsExactly("Blocked Bakery");
		assertThat(call(HttpMethod.GET, this.writer, "/api/v1/customers?status=nope", null).getStatusCode().value())
			.isEqualTo(400);
	}

	static Map<String, Object> address(String kind, String line1, Boolean isDefault) {
		Map<String, Object> address = new java.util.HashMap<>(
				Map.of("kind", kind, "line1", line1, "city", "Springfield", "postalCode", "12345", "country", "US"));
		if (isDefault != null) {
			address.put("isDefault", isDefault);
		}
		return address;
	}

}
