package app.distribu.order.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OrderServiceTest
class OrdersPagesTest {

	@Autowired
	FakeUpstreams upstreams;

	@Autowired
	TopicReader orderEvents;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Pages pages;

	ApiOrders api;

	UUID company = UUID.randomUUID();

	UUID memberId = UUID.randomUUID();

	String member;

	String key;

	@BeforeEach
	void setUp() {
		this.pages = new Pages(this.port);
		this.api = new ApiOrders(this.port);
		this.member = TestTokens.user(this.company, this.memberId, Role.MEMBER);
		this.key = TestTokens.apiKey(this.company, "orders:write", "orders:read");
	}

	@Test
	void ordersPageFiltersByStatusSourceCustomerDateAndSearchesByNumberOrSku() {
		UUID acme = namedCustomer("Acme Retail");
		UUID corner = namedCustomer("Corner Shop");
		String first = this.api.place(this.key, acme, "WDG-001", 1).path("id").asString();
		this.api.place(this.key, corner, "GAD-002", 2);
		this.api.place(this.key, acme, "WDG-001", 3, "SHORT-9", 1);
		this.api.changeStatus(this.key, first, "SHIPPED");
		this.api.place(TestTokens.apiKey(UUID.randomUUID(), "orders:write"), activeCustomer(), "GAD-002", 1);

		assertThat(numbers("")).containsExactly("#3", "#2", "#1");
		assertThat(numbers("?status=SHIPPED")).containsExactly("#1");
		assertThat(numbers("?customer=" + corner)).containsExactly("#2");
		assertThat(numbers("?q=short-9")).containsExactly("#3");
		assertThat(numbers("?q=2")).containsExactly("#2");
		assertThat(numbers("?source=API&q=WDG")).containsExactly("#3", "#1");
		assertThat(numbers("?source=STOREFRONT")).isEmpty();
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
		assertThat(numbers("?from=" + today + "&to=" + today)).hasSize(3);
		assertThat(numbers("?from=" + tomorrow)).isEmpty();
		Document filtered = page("/dashboard/orders?status=SHIPPED");
		assertThat(filtered.select("#order-count").text()).isEqualTo("1 order");
		assertThat(filtered.select("#export-csv").attr("href")).isEqualTo("/dashboard/orders/export?status=SHIPPED");
		assertThat(filtered.select("select[name=customer] option").eachText()).contains("Acme Retail", "Corner Shop");

		ResponseEntity<String> bad = this.pages.get(this.member, "/dashboard/orders?from=yesterday");
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Jsoup.parse(bad.getBody()).text())
			.contains("The \"from\" date \"yesterday\" is not a date like 2025-03-31.");
	}

	@Test
	void olderPagesKeepTheFilters() {
		UUID customer = activeCustomer();
		for (int i = 0; i < 52; i++) {
			this.api.place(this.key, customer, (i == 0) ? "GAD-002" : "WDG-001", 1);
		}

		Document first = page("/dashboard/orders?q=WDG");
		assertThat(first.select("#orders tbody tr")).hasSize(50);
		String older = first.select("#older").attr("href");
		assertThat(older).isEqualTo("/dashboard/orders?q=WDG&before=3");
		assertThat(page(older).select("#orders tbody tr td:first-child").eachText()).containsExactly("#2");
	}

	@Test
	void detailShowsTheOrderAndMovesItThroughStatusesUntilCancelled() {
		UUID customer = namedCustomer("Harbor Deli");
		String id = this.api
			.place(this.key, Map.of("customerId", customer, "lines", ApiOrders.lines("WDG-001", 2, "GAD-002", 1),
					"notes", "Ring twice", "poNumber", "PO-42"))
			.path("id")
			.asString();

		Document detail = page("/dashboard/orders/" + id);
		assertThat(detail.select("h1").text()).isEqualTo("Order #1");
		assertThat(detail.select("#customer").text()).isEqualTo("Harbor Deli");
		assertThat(detail.select("#lines tbody tr")).hasSize(2);
		assertThat(detail.select("#total").text()).isEqualTo("37.50 EUR");
		assertThat(detail.select("#notes").text()).isEqualTo("Ring twice");
		assertThat(detail.select("#po-number").text()).isEqualTo("PO-42");
		assertThat(detail.select("#actions button[id^=to-]").eachText()).containsExactly("Mark confirmed",
				"Mark shipped", "Mark delivered");

		ResponseEntity<String> shipped = this.pages.post(this.member, "/dashboard/orders/" + id + "/status",
				Map.of("status", "SHIPPED"));
		assertThat(shipped.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(shipped.getHeaders().getLocation().toString()).isEqualTo("/dashboard/orders/" + id);
		this.pages.post(this.member, "/dashboard/orders/" + id + "/status", Map.of("status", "CANCELLED"));

		Document cancelled = page("/dashboard/orders/" + id);
		assertThat(cancelled.select("#status").text()).isEqualTo("CANCELLED");
		assertThat(cancelled.select("#actions form[action$=/status]")).isEmpty();
		assertThat(cancelled.select("#terminal").text()).contains("can't change status");
		assertThat(cancelled.select("#history tbody tr").eachText()).containsExactly(
				historyRow(cancelled, 0, "API key", "Created", "SUBMITTED"),
				historyRow(cancelled, 1, "You", "SUBMITTED", "SHIPPED"),
				historyRow(cancelled, 2, "You", "SHIPPED", "CANCELLED"));

		ResponseEntity<String> forged = this.pages.post(this.member, "/dashboard/orders/" + id + "/status",
				Map.of("status", "SUBMITTED"));
		assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(Jsoup.parse(forged.getBody()).select("#error").text())
			.isEqualTo("Order 1 is cancelled. A cancelled order can't change status; "
					+ "create a new order with the same lines instead.");
		assertThat(status(id)).isEqualTo("CANCELLED");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.orderEvents.events(this.company, "order.cancelled").size() == 1);
		assertThat(this.orderEvents.events(this.company, "order.cancelled").get(0).path("data").path("lines"))
			.hasSize(2);
	}

	@Test
	void statusFormsNeedTheCsrfTokenAndAnotherCompanySeesNothing() {
		String id = this.api.place(this.key, activeCustomer(), "WDG-001", 1).path("id").asString();
		String stranger = TestTokens.user(UUID.randomUUID(), UUID.randomUUID(), Role.OWNER);

		assertThat(this.pages
			.postWithoutCsrf(this.member, "/dashboard/orders/" + id + "/status", Map.of("status", "CANCELLED"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.pages.get(stranger, "/dashboard/orders/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.pages.post(stranger, "/dashboard/orders/" + id + "/status", Map.of("status", "CANCELLED"))
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.pages.post(stranger, "/dashboard/orders/" + id + "/delete", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status(id)).isEqualTo("SUBMITTED");
		assertThat(page("/dashboard/orders/" + id).select("#delete-order")).hasSize(1);
	}

	@Test
	void deletedOrderLeavesTheListsButKeepsItsRow() {
		UUID customer = activeCustomer();
		String kept = this.api.place(this.key, customer, "WDG-001", 1).path("id").asString();
		String gone = this.api.place(this.key, customer, "GAD-002", 1).path("id").asString();

		ResponseEntity<String> deleted = this.pages.post(this.member, "/dashboard/orders/" + gone + "/delete",
				Map.of());

		assertThat(deleted.getHeaders().getLocation().toString()).isEqualTo("/dashboard/orders?deleted=2");
		Document list = page("/dashboard/orders?deleted=2");
		assertThat(list.select(".alert.success").text()).isEqualTo("Order #2 was deleted.");
		assertThat(list.select("#orders tbody td:first-child").eachText()).containsExactly("#1");
		assertThat(list.select("#order-count").text()).isEqualTo("1 order");
		assertThat(this.pages.get(this.member, "/dashboard/orders/" + gone).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.status(this.key, "/api/v1/orders/" + gone)).as("gone from the API too").isEqualTo(404);
		assertThat(this.api.status(this.key, "/api/v1/orders/" + kept)).isEqualTo(200);
		assertThat(this.jdbc.sql("select count(*) from orders where company_id = ?")
			.param(this.company)
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(kept).isNotEqualTo(gone);
	}

	@Test
	void newOrderFindsProductsAndCreatesADashboardOrder() {
		UUID customer = namedCustomer("Quay Traders");
		Document form = page("/dashboard/orders/new");
		assertThat(form.select("#customer-select option").eachText()).contains("Quay Traders");

		ResponseEntity<String> searched = this.pages.post(this.member, "/dashboard/orders/new",
				Map.of("customerId", customer.toString(), "productQuery", "retired", "action", "find-product"));
		Document results = Jsoup.parse(searched.getBody());
		assertThat(results.select("#product-results tbody tr").text()).contains("OLD-003", "Retired part", "Inactive");
		assertThat(this.upstreams.authorizations).contains("Bearer " + this.member);

		Document added = Jsoup.parse(
				this.pages
					.post(this.member, "/dashboard/orders/new", Map.of("customerId", customer.toString(), "sku",
							"WDG-001", "quantity", "2", "action", "add:OLD-003"))
					.getBody());
		assertThat(added.select("#order-lines input[name=sku]").eachAttr("value")).containsExactly("WDG-001",
				"OLD-003");
		assertThat(added.select("#quote-total").text()).isEqualTo("37.50 EUR");

		ResponseEntity<String> placed = this.pages.post(this.member, "/dashboard/orders/new",
				Map.of("customerId", customer.toString(), "sku", List.of("WDG-001", "OLD-003"), "quantity",
						List.of("2", "1"), "poNumber", "PO-9", "notes", "By phone", "action", "place"));

		assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		String location = placed.getHeaders().getLocation().toString();
		Document detail = page(location);
		assertThat(detail.select("h1").text()).isEqualTo("Order #1");
		assertThat(detail.select("#lines tbody tr")).hasSize(2);
		assertThat(this.jdbc.sql("select source from orders where company_id = ?")
			.param(this.company)
			.query(String.class)
			.single()).isEqualTo("DASHBOARD");
		assertThat(this.upstreams.reservations.stream()
			.filter((r) -> location.contains(r.path("orderId").asString()))
			.map((r) -> r.path("source").asString())).containsExactly("DASHBOARD");
	}

	@Test
	void newOrderRefusalsShowOnTheFormWithTheLinesKept() {
		UUID customer = namedCustomer("Short Supply Co");

		ResponseEntity<String> short_ = this.pages.post(this.member, "/dashboard/orders/new",
				Map.of("customerId", customer.toString(), "sku", List.of("WDG-001", "SHORT-7"), "quantity",
						List.of("1", "5"), "notes", "Urgent", "action", "place"));

		assertThat(short_.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		Document refused = Jsoup.parse(short_.getBody());
		assertThat(refused.select("#order-lines tbody tr").get(1).select(".field-error").text())
			.isEqualTo("Not enough stock for SHORT-7: 3 available, 5 requested.");
		assertThat(refused.select("#order-lines input[name=quantity]").eachAttr("value")).containsExactly("1", "5");
		assertThat(refused.select("textarea[name=notes]").text()).isEqualTo("Urgent");

		ResponseEntity<String> noCustomer = this.pages.post(this.member, "/dashboard/orders/new",
				Map.of("sku", "WDG-001", "quantity", "0", "action", "place"));
		assertThat(noCustomer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(noCustomer.getBody()).contains("Choose the customer this order is for.",
				"Quantity must be a whole number from 1 to 1,000,000.");

		TestEvents.publish("customer.events", this.company, "customer.status_changed",
				Map.of("customerId", customer, "status", "BLOCKED"));
		await().atMost(Duration.ofSeconds(20)).until(() -> "BLOCKED".equals(customerStatus(customer)));
		ResponseEntity<String> blocked = this.pages.post(this.member, "/dashboard/orders/new",
				Map.of("customerId", customer.toString(), "sku", "WDG-001", "quantity", "1", "action", "place"));
		assertThat(Jsoup.parse(blocked.getBody()).select("#order-error").text())
			.isEqualTo("This customer is blocked and can't place orders.");
		assertThat(this.jdbc.sql("select count(*) from orders where company_id = ?")
			.param(this.company)
			.query(Integer.class)
			.single()).isZero();
	}

	private String historyRow(Document page, int row, String who, String from, String to) {
		String when = page.select("#history tbody tr").get(row).select("td").get(0).text();
		return when + " " + who + " " + from + " " + to;
	}

	private List<String> numbers(String query) {
		return page("/dashboard/orders" + query).select("#orders tbody td:first-child").eachText();
	}

	private Document page(String path) {
		ResponseEntity<String> response = this.pages.get(this.member, path);
		assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		return Jsoup.parse(response.getBody());
	}

	private String status(String id) {
		return this.jdbc.sql("select status from orders where id = ?")
			.param(UUID.fromString(id))
			.query(String.class)
			.single();
	}

	private String customerStatus(UUID customer) {
		return this.jdbc.sql("select status from customer_ref where id = ?")
			.param(customer)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private UUID activeCustomer() {
		UUID id = this.upstreams.activeCustomer();
		return id;
	}

	/** A customer known to the read model by name, through customer-service's event. */
	private UUID namedCustomer(String name) {
		UUID id = activeCustomer();
		TestEvents.publish("customer.events", this.company, "customer.created",
				Map.of("customerId", id, "name", name, "email", "buyer@example.test", "status", "ACTIVE"));
		await().atMost(Duration.ofSeconds(20)).until(() -> customerStatus(id) != null);
		return id;
	}

}
