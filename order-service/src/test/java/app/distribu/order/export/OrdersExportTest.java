package app.distribu.order.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.distribu.order.ApiOrders;
import app.distribu.order.FakeUpstreams;
import app.distribu.order.OrderServiceTest;
import app.distribu.order.Pages;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

@OrderServiceTest
class OrdersExportTest {

	@Autowired
	FakeUpstreams upstreams;

	static final String HEADER = "order_number,created_at,status,source,customer_id,customer_name,po_number,notes,"
			+ "currency,order_total,line_no,sku,product_name,unit_price,quantity,line_total,payment_terms,payment_due,"
			+ "paid_at,price_rule";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Pages pages;

	ApiOrders api;

	UUID company = UUID.randomUUID();

	String key;

	@BeforeEach
	void setUp() {
		this.pages = new Pages(this.port);
		this.api = new ApiOrders(this.port);
		this.key = TestTokens.apiKey(this.company, "orders:write", "orders:read");
	}

	@Test
	void exportsOneRowPerOrderLineNewestFirstWithRfc4180Quoting() {
		UUID customer = activeCustomer();
		this.api.place(this.key, customer, "WDG-001", 2);
		this.api.place(this.key, Map.of("customerId", customer, "lines", ApiOrders.lines("GAD-002", 1, "WDG-001", 3),
				"notes", "Dock 4, \"rear\"\nafter 9", "poNumber", "=HYPERLINK(\"x\")"));
		this.api.place(TestTokens.apiKey(UUID.randomUUID(), "orders:write"), activeCustomer(), "OTHER-1", 1);

		ResponseEntity<String> export = this.pages.get(this.key, "/api/v1/orders/export");

		assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(export.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(export.getHeaders().getContentDisposition().getFilename())
			.isEqualTo("orders-" + LocalDate.now(ZoneOffset.UTC) + ".csv");
		String[] records = export.getBody().split("\r\n(?=\\d|$)");
		assertThat(records).hasSize(4);
		assertThat(records[0]).isEqualTo(HEADER);
		assertThat(records[1]).startsWith("2,")
			.contains(",SUBMITTED,API," + customer + ",Customer ")
			.endsWith(
					",\"'=HYPERLINK(\"\"x\"\")\",\"Dock 4, \"\"rear\"\"\nafter 9\",EUR,50.00,1,GAD-002,Product GAD-002,12.50,1,12.50,,,,Catalog price");
		assertThat(records[2]).startsWith("2,").endsWith(",2,WDG-001,Product WDG-001,12.50,3,37.50,,,,Catalog price");
		assertThat(records[3]).startsWith("1,")
			.endsWith(",,,EUR,25.00,1,WDG-001,Product WDG-001,12.50,2,25.00,,,,Catalog price");
		assertThat(export.getBody()).doesNotContain("OTHER-1");
	}

	@Test
	void exportHonoursTheFiltersAndTheDashboardButtonUsesTheSession() {
		UUID customer = activeCustomer();
		String shipped = this.api.place(this.key, customer, "WDG-001", 1).path("id").asString();
		this.api.place(this.key, customer, "GAD-002", 1);
		this.api.changeStatus(this.key, shipped, "SHIPPED");

		String api = this.pages.get(this.key, "/api/v1/orders/export?status=SHIPPED").getBody();
		String page = this.pages
			.get(TestTokens.user(this.company, UUID.randomUUID(), Role.MEMBER), "/dashboard/orders/export?q=GAD")
			.getBody();

		assertThat(api.lines().toList()).hasSize(2).last().asString().startsWith("1,").contains(",SHIPPED,");
		assertThat(page.lines().toList()).hasSize(2).last().asString().startsWith("2,").contains(",GAD-002,");
		assertThat(this.pages.get(this.key, "/api/v1/orders/export?from=last-week").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void exportNeedsOrdersReadAndShowsOnlyTheCallersCompany() {
		this.api.place(this.key, activeCustomer(), "WDG-001", 1);

		ResponseEntity<String> refused = this.pages.get(TestTokens.apiKey(this.company, "orders:write"),
				"/api/v1/orders/export");
		String other = this.pages.get(TestTokens.apiKey(UUID.randomUUID(), "orders:read"), "/api/v1/orders/export")
			.getBody();

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(refused.getBody()).contains("orders:read");
		assertThat(other.lines().toList()).containsExactly(HEADER);
		assertThat(
				List.of(this.pages
					.get(TestTokens.contact(this.company, "test", UUID.randomUUID(), UUID.randomUUID()),
							"/api/v1/orders/export")
					.getStatusCode()))
			.containsExactly(HttpStatus.FORBIDDEN);
	}

	@Test
	void streamsExportsLargerThanOneBatchWithoutGapsOrRepeats() {
		int orders = ExportRows.ORDERS_PER_BATCH * 2 + 1;
		// Rows written straight into the tables: placing 1,001 orders over HTTP would
		// test
		// nothing more here.
		this.jdbc.sql("""
				insert into orders (id, company_id, number, customer_id, source, status, currency, total, created_at)
				select gen_random_uuid(), :company, n, :customer, 'API', 'SUBMITTED', 'EUR', 12.50, now()
				from generate_series(1, :orders) n""")
			.param("company", this.company)
			.param("customer", UUID.randomUUID())
			.param("orders", orders)
			.update();
		this.jdbc
			.sql("""
					insert into order_line (order_id, line_no, product_id, sku, name, unit_price, quantity, line_total)
					select id, 1, gen_random_uuid(), 'WDG-001', 'Widget', 12.50, 1, 12.50 from orders where company_id = ?""")
			.param(this.company)
			.update();

		List<String> records = this.pages.get(this.key, "/api/v1/orders/export").getBody().lines().skip(1).toList();

		assertThat(records).hasSize(orders);
		assertThat(records.stream().map((r) -> Integer.parseInt(r.substring(0, r.indexOf(',')))))
			.isEqualTo(IntStream.iterate(orders, (n) -> n >= 1, (n) -> n - 1).boxed().toList());
	}

	private UUID activeCustomer() {
		UUID id = this.upstreams.activeCustomer();
		return id;
	}

}
