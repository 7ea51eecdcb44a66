package app.distribu.order.ordering;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import app.distribu.platform.test.TestTokens;

import static app.distribu.order.OrdersApi.line;
import static org.assertj.core.api.Assertions.assertThat;

@OrderServiceTest
class PricingAndShippingTest {

	@Autowired
	FakeUpstreams upstreams;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void customerPricingAsksCatalogForTheOverridesAndCatalogPricingIsTheDefault() {
		UUID customer = this.upstreams.activeCustomer();
		this.upstreams.overrides.put(FakeUpstreams.override(customer, "PRC-1"), "9.99");
		String token = TestTokens.apiKey(UUID.randomUUID(), "orders:write");

		JsonNode overridden = post(token,
				Map.of("customerId", customer, "lines", List.of(line("PRC-1", 2)), "pricing", "customer"))
			.getBody();
		JsonNode listed = post(token, Map.of("customerId", customer, "lines", List.of(line("PRC-1", 2)))).getBody();

		assertThat(overridden.path("lines").get(0).path("unitPrice").asString()).isEqualTo("9.99");
		assertThat(overridden.path("total").asString()).isEqualTo("19.98");
		assertThat(listed.path("lines").get(0).path("unitPrice").asString()).isEqualTo("12.50");
		JsonNode request = reservationOf(overridden.path("id").asString());
		assertThat(request.path("pricing").asString()).isEqualTo("customer");
		assertThat(request.path("customerId").asString()).isEqualTo(customer.toString());
		assertThat(reservationOf(listed.path("id").asString()).path("pricing").asString()).isEqualTo("catalog");
		ResponseEntity<JsonNode> unknown = post(token,
				Map.of("customerId", customer, "lines", List.of(line("PRC-1", 1)), "pricing", "list"));
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unknown.getBody().path("errors").path("pricing").asString())
			.isEqualTo("pricing must be \"catalog\" or \"customer\".");
	}

	@Test
	void snapshotsTheNamedAddressOrElseTheDefaultShippingAddress() {
		UUID customer = this.upstreams.activeCustomer();
		this.upstreams.address(customer, "BILLING", true, "Brussels");
		UUID antwerp = this.upstreams.address(customer, "SHIPPING", false, "Antwerp");
		UUID ghent = this.upstreams.address(customer, "SHIPPING", true, "Ghent");
		String token = TestTokens.apiKey(UUID.randomUUID(), "orders:write", "orders:read");

		JsonNode byDefault = post(token, Map.of("customerId", customer, "lines", List.of(line("SHP-1", 1)))).getBody();
		JsonNode named = post(token,
				Map.of("customerId", customer, "lines", List.of(line("SHP-1", 1)), "shippingAddressId", antwerp))
			.getBody();

		assertThat(byDefault.path("shippingAddress").path("id").asString()).isEqualTo(ghent.toString());
		assertThat(byDefault.path("shippingAddress").path("city").asString()).isEqualTo("Ghent");
		assertThat(byDefault.path("shippingAddress").path("line1").asString()).isEqualTo("1 Main Street");
		assertThat(byDefault.path("shippingAddress").path("postalCode").asString()).isEqualTo("1000");
		assertThat(byDefault.path("shippingAddress").path("country").asString()).isEqualTo("BE");
		assertThat(named.path("shippingAddress").path("city").asString()).isEqualTo("Antwerp");
		this.upstreams.addresses.clear();
		assertThat(new OrdersApi(this.port).get(token, "/api/v1/orders/" + named.path("id").asString())
			.getBody()
			.path("shippingAddress")
			.path("city")
			.asString()).as("a snapshot, not a reference").isEqualTo("Antwerp");
	}

	@Test
	void refusesAnAddressOfAnotherCustomerAndReservesNothing() {
		UUID customer = this.upstreams.activeCustomer();
		UUID someoneElses = this.upstreams.address(this.upstreams.activeCustomer(), "SHIPPING", true, "Liège");
		UUID company = UUID.randomUUID();
		int reservations = this.upstreams.reservations.size();

		ResponseEntity<JsonNode> refused = post(TestTokens.apiKey(company, "orders:write"),
				Map.of("customerId", customer, "lines", List.of(line("SHP-2", 1)), "shippingAddressId", someoneElses));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(refused.getBody().path("detail").asString())
			.isEqualTo("Unknown shipping address " + someoneElses + " for this customer.");
		assertThat(this.upstreams.reservations).hasSize(reservations);
		assertThat(this.jdbc.sql("select count(*) from orders where company_id = ?")
			.param(company)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aCustomerWithoutAddressesOrdersWithoutASnapshot() {
		JsonNode order = post(TestTokens.apiKey(UUID.randomUUID(), "orders:write"),
				Map.of("customerId", this.upstreams.activeCustomer(), "lines", List.of(line("SHP-3", 1))))
			.getBody();

		assertThat(order.path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(order.path("shippingAddress").isNull()).isTrue();
	}

	private JsonNode reservationOf(String orderId) {
		return this.upstreams.reservations.stream()
			.filter((r) -> r.path("orderId").asString().equals(orderId))
			.findFirst()
			.orElseThrow();
	}

	private ResponseEntity<JsonNode> post(String token, Map<String, Object> body) {
		return new OrdersApi(this.port).post(token, "/api/v1/orders", body);
	}

}
