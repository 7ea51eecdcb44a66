package app.distribu.customer.accounts;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import app.distribu.platform.contracts.EventContracts;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What customer-service emits as {@code customer.created} conforms to the schema partners
 * get (platform/event-contracts).
 */
@ServiceTest
class CustomerCreatedContractTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void theCustomerCreatedEventConformsToItsPublishedSchema() {
		UUID company = UUID.randomUUID();
		String token = TestTokens.apiKey(company, "customers:write");
		create(token, Map.of("name", "Corner Hardware", "email", "orders@corner.test"));
		create(token,
				Map.of("name", "Pending Supplies", "email", "buy@pending.test", "status", "PENDING", "phone",
						"+31 10 123 4567", "creditLimit", "2500.00", "contacts",
						List.of(Map.of("name", "Pat Buyer", "email", "pat@pending.test"))));

		List<JsonNode> emitted = this.jdbc
			.sql("select payload from outbox_event where company_id = ? and event_type = 'customer.created'")
			.param(company)
			.query(String.class)
			.list()
			.stream()
			.map(this.json::readTree)
			.toList();

		assertThat(emitted).hasSize(2);
		assertThat(emitted).allSatisfy(
				(event) -> assertThat(EventContracts.violations(EventContracts.bodyOf(event))).as(event.toString())
					.isEmpty());
	}

	private void create(String token, Map<String, Object> customer) {
		assertThat(RestClient.create("http://localhost:" + this.port)
			.post()
			.uri("/api/v1/customers")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(customer)
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

}
