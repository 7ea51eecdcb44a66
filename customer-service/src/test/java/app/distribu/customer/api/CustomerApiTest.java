package app.distribu.customer.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class CustomerApiTest {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	RestClient http;

	final UUID companyA = UUID.randomUUID();

	final UUID companyB = UUID.randomUUID();

	@BeforeEach
	void client() {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	ResponseEntity<Map> get(String token, String path) {
		return this.http.get().uri(path).headers((h) -> h.setBearerAuth(token)).retrieve().toEntity(Map.class);
	}

	ResponseEntity<Map> post(String token, Object body) {
		return this.http.post()
			.uri("/api/v1/customers")
			.headers((h) -> h.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(Map.class);
	}

	static String writer(UUID company) {
		return TestTokens.apiKey(company, "customers:read", "customers:write");
	}

	static Map<String, Object> customer(String name, String email) {
		return new HashMap<>(Map.of("name", name, "email", email));
	}

	@Test
	void createsACustomerWithContactsInTheSpecShape() {
		Map<String, Object> body = customer("Acme Retail", "buyer@acme.test");
		body.put("phone", "+1 555 0100");
		body.put("creditLimit", "5000");
		body.put("contacts", List.of(Map.of("name", "Ann Buyer", "email", "ann@acme.test")));

		ResponseEntity<Map> created = post(writer(this.companyA), body);

		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Map customer = created.getBody();
		assertThat(customer).containsEntry("name", "Acme Retail")
			.containsEntry("email", "buyer@acme.test")
			.containsEntry("phone", "+1 555 0100")
			.containsEntry("creditLimit", "5000.00")
			.containsEntry("status", "ACTIVE")
			.containsEntry("addresses", List.of());
		assertThat((List<Map>) customer.get("contacts")).singleElement().satisfies((contact) -> {
			assertThat(contact).containsEntry("name", "Ann Buyer").containsEntry("email", "ann@acme.test");
			assertThat(contact.get("id")).isNotNull();
		});
		ResponseEntity<Map> fetched = get(TestTokens.apiKey(this.companyA, "customers:read"),
				"/api/v1/customers/" + customer.get("id"));
		assertThat(fetched.getBody()).isEqualTo(customer);
	}

	@Test
	void keepsTheStatusAskedFor() {
		Map<String, Object> body = customer("Pending Co", "p@pending.test");
		body.put("status", "PENDING");

		assertThat(post(writer(this.companyA), body).getBody()).containsEntry("status", "PENDING")
			.containsEntry("creditLimit", null);
	}

	@Test
	void refusesWithoutTheScopeNamingIt() {
		ResponseEntity<Map> write = post(TestTokens.apiKey(this.companyA, "customers:read"), customer("X", "x@x.test"));
		ResponseEntity<Map> read = get(TestTokens.apiKey(this.companyA, "orders:write"), "/api/v1/customers");

		assertThat(write.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat((String) write.getBody().get("detail")).contains("customers:write");
		assertThat(read.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat((String) read.getBody().get("detail")).contains("customers:read");
	}

	@Test
	void answersInvalidFieldsWithFieldErrors() {
		Map<String, Object> body = customer(" ", "not-an-email");
		body.put("creditLimit", "-1");
		body.put("status", "GONE");
		body.put("contacts", List.of(Map.of("name", "", "email", "ann@acme.test")));

		ResponseEntity<Map> response = post(writer(this.companyA), body);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((Map) response.getBody().get("errors")).containsKeys("name", "email", "creditLimit", "status",
				"contacts[0].name");
	}

	@Test
	void comparesEmailsCaseInsensitively() {
		String token = writer(this.companyA);
		assertThat(post(token, customer("First", "Same@Case.test")).getStatusCode()).isEqualTo(HttpStatus.CREATED);

		ResponseEntity<Map> duplicate = post(token, customer("Second", "same@case.TEST"));

		assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(duplicate.getBody()).containsEntry("detail", "A customer with email same@case.TEST already exists.");
		assertThat(post(writer(this.companyB), customer("Other store", "same@case.test")).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
	}

	@Test
	void anotherCompanyCannotReadOrListTheCustomer() {
		Map created = post(writer(this.companyA), customer("Secret Co", "secret@a.test")).getBody();
		String other = TestTokens.apiKey(this.companyB, "customers:read");

		assertThat(get(other, "/api/v1/customers/" + created.get("id")).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		List<Map> data = (List<Map>) get(other, "/api/v1/customers?limit=100").getBody().get("data");
		assertThat(data).extracting((c) -> c.get("email")).doesNotContain("secret@a.test");
	}

	@Test
	void pagesThroughEveryCustomerOnceWithTheCursor() {
		UUID company = UUID.randomUUID();
		for (int i = 1; i <= 3; i++) {
			post(writer(company), customer("C" + i, "c" + i + "@page.test"));
		}
		String reader = TestTokens.apiKey(company, "customers:read");

		Map first = get(reader, "/api/v1/customers?limit=2").getBody();
		Map second = get(reader, "/api/v1/customers?limit=2&cursor=" + first.get("nextCursor")).getBody();

		assertThat(first).containsEntry("hasMore", true);
		assertThat(second).containsEntry("hasMore", false).containsEntry("nextCursor", null);
		List<Object> names = new ArrayList<>();
		((List<Map>) first.get("data")).forEach((c) -> names.add(c.get("name")));
		((List<Map>) second.get("data")).forEach((c) -> names.add(c.get("name")));
		assertThat(names).containsExactly("C1", "C2", "C3");
		assertThat(get(reader, "/api/v1/customers?limit=101").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void theInternalLookupIsScopedToTheCallersCompany() {
		Map created = post(writer(this.companyA), customer("Lookup Co", "lookup@a.test")).getBody();
		String path = "/internal/customers/" + created.get("id");
		Map address = this.http.post()
			.uri("/api/v1/customers/" + created.get("id") + "/addresses")
			.headers((h) -> h.setBearerAuth(writer(this.companyA)))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("kind", "SHIPPING", "line1", "1 Quay", "city", "Ghent", "postalCode", "9000", "country", "BE",
					"isDefault", true))
			.retrieve()
			.body(Map.class);

		ResponseEntity<Map> own = get(TestTokens.apiKey(this.companyA, "orders:write"), path);
		ResponseEntity<Map> other = get(TestTokens.user(this.companyB, UUID.randomUUID(), Role.OWNER), path);

		assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(own.getBody()).containsEntry("id", created.get("id"))
			.containsEntry("name", "Lookup Co")
			.containsEntry("email", "lookup@a.test")
			.containsEntry("status", "ACTIVE");
		Map shipping = new HashMap<>();
		shipping.put("id", address.get("id"));
		shipping.put("kind", "SHIPPING");
		shipping.put("line1", "1 Quay");
		shipping.put("line2", null);
		shipping.put("city", "Ghent");
		shipping.put("postalCode", "9000");
		shipping.put("country", "BE");
		shipping.put("isDefault", true);
		assertThat(own.getBody().get("addresses")).as("the contract order-service snapshots from")
			.isEqualTo(List.of(shipping));
		assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aContactMayLookUpOnlyItsOwnCustomer() {
		UUID mine = UUID
			.fromString((String) post(writer(this.companyA), customer("Mine", "mine@a.test")).getBody().get("id"));
		UUID theirs = UUID
			.fromString((String) post(writer(this.companyA), customer("Theirs", "theirs@a.test")).getBody().get("id"));
		String contact = TestTokens.contact(this.companyA, "a", UUID.randomUUID(), mine);

		assertThat(get(contact, "/internal/customers/" + mine).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(get(contact, "/internal/customers/" + theirs).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get(contact, "/api/v1/customers").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void publishesCustomerCreatedToKafka() {
		Map created = post(writer(this.companyA), customer("Evented Co", "events@a.test")).getBody();

		// The reader matches the Kafka key, so finding it under companyA checks the key.
		JsonNode envelope;
		try (TopicReader customerEvents = new TopicReader("customer.events")) {
			envelope = customerEvents.awaitFirst(this.companyA, "customer.created",
					(event) -> event.path("data").path("customerId").asString().equals(created.get("id")));
		}

		assertThat(envelope.path("companyId").asString()).isEqualTo(this.companyA.toString());
		Map<String, Object> data = new java.util.HashMap<>(Map.of("customerId", created.get("id"), "name", "Evented Co",
				"email", "events@a.test", "status", "ACTIVE"));
		data.put("group", null);
		assertThat(envelope.path("data")).isEqualTo(this.json.valueToTree(data));
	}

}
