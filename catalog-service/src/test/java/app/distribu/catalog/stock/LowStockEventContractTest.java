package app.distribu.catalog.stock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.distribu.catalog.Http;
import app.distribu.platform.contracts.EventContracts;
import app.distribu.platform.test.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What catalog-service emits as {@code product.low_stock} conforms to the schema partners
 * get (platform/event-contracts).
 */
@ServiceTest
class LowStockEventContractTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void theLowStockEventConformsToItsPublishedSchema() {
		UUID company = UUID.randomUUID();
		String owner = Http.owner(company);
		Http http = new Http(this.port);
		Map<String, Object> product = new HashMap<>(Http.product("CONTRACT-1", "4.20", 8));
		product.put("lowStockThreshold", 5);
		assertThat(http.post(owner, "/api/v1/products", product).getStatusCode()).isEqualTo(HttpStatus.CREATED);

		Map<String, Object> reservation = StockReservationTest.reservation(UUID.randomUUID(), "STOREFRONT",
				"CONTRACT-1", 4);
		assertThat(http
			.post(StockReservationTest.callerOf(company, owner, reservation), "/internal/stock-reservations",
					reservation)
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		List<JsonNode> emitted = this.jdbc
			.sql("select payload from outbox_event where company_id = ? and event_type = 'product.low_stock'")
			.param(company)
			.query(String.class)
			.list()
			.stream()
			.map(this.json::readTree)
			.toList();
		assertThat(emitted).hasSize(1);
		assertThat(EventContracts.violations(EventContracts.bodyOf(emitted.get(0)))).isEmpty();
	}

}
