package app.distribu.order.customer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.distribu.order.FakeUpstreams;
import app.distribu.order.OrderServiceTest;
import app.distribu.order.OrdersApi;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;

import static app.distribu.order.OrdersApi.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Orders placed from order-service's own copy of the customer (customer.profile_changed,
 * customer.credit_policy_changed on the real broker), with customer-service asked only
 * for what the copy does not know.
 */
@OrderServiceTest
class CustomerReadModelTest {

	@Autowired
	FakeUpstreams upstreams;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@AfterEach
	void customerServiceUpAgain() {
		this.upstreams.customerServiceDown = false;
	}

	@Test
	void anOrderIsPlacedFromTheReadModelWhileCustomerServiceIsDown() {
		UUID company = UUID.randomUUID();
		UUID customer = UUID.randomUUID();
		UUID depot = UUID.randomUUID();
		profile(company, customer, 1, "ACTIVE", "NET_30", null, address(depot, "SHIPPING", "9 Depot Road", true));
		policy(company, false, 0);
		awaitRevision(customer, 1);
		this.upstreams.customerServiceDown = true;

		ResponseEntity<JsonNode> placed = post(company, customer, null);

		assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(placed.getBody().path("shippingAddress").path("id").asString()).isEqualTo(depot.toString());
		assertThat(placed.getBody().path("shippingAddress").path("line1").asString()).isEqualTo("9 Depot Road");
		assertThat(placed.getBody().path("paymentTerms").asString()).isEqualTo("NET_30");
		assertThat(placed.getBody().path("total").asString()).isEqualTo("12.50");
		assertThat(this.upstreams.customerLookups).doesNotContain(customer);

		UUID unknown = UUID.randomUUID();
		ResponseEntity<JsonNode> unknownWhileDown = post(company, unknown, null);
		assertThat(unknownWhileDown.getStatusCode()).as("a customer the copy does not know needs customer-service")
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(this.upstreams.reservations.stream()
			.filter((r) -> r.path("customerId").asString().equals(unknown.toString()))).as("nothing reserved")
			.isEmpty();
	}

	@Test
	void eachEventKeepsTheCopyCurrentAndLateOrRepeatedOnesChangeNothing() {
		UUID company = UUID.randomUUID();
		UUID customer = UUID.randomUUID();
		UUID depot = UUID.randomUUID();
		UUID harbour = UUID.randomUUID();
		policy(company, false, 0);
		profile(company, customer, 1, "ACTIVE", "NET_30", null, address(depot, "SHIPPING", "9 Depot Road", true));
		awaitRevision(customer, 1);
		// An address added and made the default, new terms and an enforced limit.
		Map<String, Object> second = profile(company, customer, 2, "ACTIVE", "PREPAID", "20.00",
				address(depot, "SHIPPING", "9 Depot Road", false),
				address(harbour, "SHIPPING", "1 Harbour Street", true));
		policy(company, true, 1);
		awaitRevision(customer, 2);
		await().atMost(Duration.ofSeconds(20)).until(() -> enforced(company));
		this.upstreams.customerServiceDown = true;

		JsonNode first = post(company, customer, null).getBody();
		assertThat(first.path("shippingAddress").path("line1").asString()).isEqualTo("1 Harbour Street");
		assertThat(first.path("paymentTerms").asString()).isEqualTo("PREPAID");
		ResponseEntity<JsonNode> overLimit = post(company, customer, null);
		assertThat(overLimit.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(overLimit.getBody().path("detail").asString()).startsWith(
				"Credit limit reached: this order of 12.50 EUR would bring the open balance to 25.00 EUR, over the credit limit of 20.00 EUR.");

		// Late: revision 1 again (a new event id: a replay from customer-service's side),
		// the same revision-2 event delivered twice, an old policy; then a block.
		profile(company, customer, 1, "ACTIVE", "NET_30", null, address(depot, "SHIPPING", "9 Depot Road", true));
		TestEvents.publish("customer.events", company, "customer.profile_changed", second);
		policy(company, false, 0);
		profile(company, customer, 3, "BLOCKED", "PREPAID", "20.00",
				address(harbour, "SHIPPING", "1 Harbour Street", true));
		awaitRevision(customer, 3);
		assertThat(this.jdbc.sql("select payment_terms from customer_ref where id = ?")
			.param(customer)
			.query(String.class)
			.single()).isEqualTo("PREPAID");
		assertThat(enforced(company)).as("the late policy event changed nothing").isTrue();

		ResponseEntity<JsonNode> blocked = post(company, customer, null);
		assertThat(blocked.getBody().path("detail").asString())
			.isEqualTo("This customer is blocked and can't place orders.");
		assertThat(this.upstreams.customerLookups).doesNotContain(customer);
	}

	@Test
	void whatTheCopyDoesNotKnowIsAskedOnceAndKept() {
		UUID company = UUID.randomUUID();
		UUID customer = this.upstreams.activeCustomer();
		this.upstreams.revisions.put(customer, 4L);
		this.upstreams.terms.put(customer, new FakeUpstreams.Terms("NET_15", null, false));
		UUID main = this.upstreams.address(customer, "SHIPPING", true, "Ghent");

		JsonNode first = post(company, customer, null).getBody();
		JsonNode second = post(company, customer, null).getBody();

		assertThat(first.path("shippingAddress").path("id").asString()).isEqualTo(main.toString());
		assertThat(second.path("paymentTerms").asString()).isEqualTo("NET_15");
		assertThat(lookupsOf(customer)).as("asked for the first order only").isEqualTo(1);
		assertThat(this.jdbc.sql("select revision from customer_ref where id = ?")
			.param(customer)
			.query(Long.class)
			.single()).isEqualTo(4L);

		// An address added a moment ago, whose event has not arrived: asked once more.
		this.upstreams.revisions.put(customer, 5L);
		UUID depot = this.upstreams.address(customer, "SHIPPING", false, "Antwerp");
		JsonNode toDepot = post(company, customer, depot).getBody();
		assertThat(toDepot.path("shippingAddress").path("city").asString()).isEqualTo("Antwerp");
		post(company, customer, depot);
		assertThat(lookupsOf(customer)).isEqualTo(2);

		ResponseEntity<JsonNode> foreign = post(company, customer, UUID.randomUUID());
		assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(foreign.getBody().path("detail").asString()).startsWith("Unknown shipping address ");
	}

	@Test
	void theCopyNeverAnswersForAnotherCompanysCustomer() {
		UUID companyA = UUID.randomUUID();
		UUID companyB = UUID.randomUUID();
		UUID customer = UUID.randomUUID();
		policy(companyA, false, 0);
		policy(companyB, false, 0);
		profile(companyA, customer, 1, "ACTIVE", "NET_30", null,
				address(UUID.randomUUID(), "SHIPPING", "1 A Street", true));
		awaitRevision(customer, 1);
		// Company B names A's customer in an event of its own, with a higher revision.
		profile(companyB, customer, 9, "BLOCKED", "PREPAID", null,
				address(UUID.randomUUID(), "SHIPPING", "1 B Street", true));
		UUID marker = UUID.randomUUID();
		profile(companyB, marker, 1, "ACTIVE", null, null);
		awaitRevision(marker, 1);
		this.upstreams.customerServiceDown = true;

		assertThat(post(companyB, customer, null).getStatusCode()).as("B's order does not come from A's copy")
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		JsonNode ofA = post(companyA, customer, null).getBody();
		assertThat(ofA.path("shippingAddress").path("line1").asString()).isEqualTo("1 A Street");
		assertThat(this.jdbc.sql("select company_id from customer_ref where id = ?")
			.param(customer)
			.query(UUID.class)
			.single()).isEqualTo(companyA);
	}

	@Test
	void aRejectedRegistrationIsNoLongerOrderedFor() {
		UUID company = UUID.randomUUID();
		UUID customer = UUID.randomUUID();
		policy(company, false, 0);
		profile(company, customer, 1, "PENDING", null, null);
		awaitRevision(customer, 1);

		TestEvents.publish("customer.events", company, "customer.rejected", Map.of("customerId", customer));
		profile(company, customer, 2, "PENDING", null, null);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select removed from customer_ref where id = ?")
				.param(customer)
				.query(Boolean.class)
				.single());

		ResponseEntity<JsonNode> refused = post(company, customer, null);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(refused.getBody().path("detail").asString()).isEqualTo("Unknown customer");
	}

	private ResponseEntity<JsonNode> post(UUID company, UUID customer, UUID addressId) {
		Map<String, Object> body = new HashMap<>();
		body.put("customerId", customer);
		body.put("lines", List.of(line("WDG-001", 1)));
		if (addressId != null) {
			body.put("shippingAddressId", addressId);
		}
		return new OrdersApi(this.port).post(TestTokens.apiKey(company, "orders:write"), "/api/v1/orders", body);
	}

	private boolean enforced(UUID company) {
		return this.jdbc.sql("select enforced from credit_policy_ref where company_id = ?")
			.param(company)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	private long lookupsOf(UUID customer) {
		return this.upstreams.customerLookups.stream().filter(customer::equals).count();
	}

	@SafeVarargs
	private static Map<String, Object> profile(UUID company, UUID customer, long revision, String status, String terms,
			String limit, Map<String, Object>... addresses) {
		Map<String, Object> data = new HashMap<>();
		data.put("customerId", customer);
		data.put("revision", revision);
		data.put("name", "Corner Shop");
		data.put("status", status);
		data.put("paymentTerms", terms);
		data.put("creditLimit", limit);
		data.put("addresses", new ArrayList<>(List.of(addresses)));
		TestEvents.publish("customer.events", company, "customer.profile_changed", data);
		return data;
	}

	private static void policy(UUID company, boolean enforced, long revision) {
		TestEvents.publish("customer.events", company, "customer.credit_policy_changed",
				Map.of("enforced", enforced, "revision", revision));
	}

	private static Map<String, Object> address(UUID id, String kind, String line1, boolean isDefault) {
		Map<String, Object> address = new HashMap<>();
		address.put("id", id);
		address.put("kind", kind);
		address.put("line1", line1);
		address.put("line2", null);
		address.put("city", "Rotterdam");
		address.put("postalCode", "3011 AA");
		address.put("country", "NL");
		address.put("isDefault", isDefault);
		return address;
	}

	private void awaitRevision(UUID customer, long revision) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select revision from customer_ref where id = ?")
				.param(customer)
				.query(Long.class)
				.optional()
				.filter((stored) -> stored == revision)
				.isPresent());
	}

}
