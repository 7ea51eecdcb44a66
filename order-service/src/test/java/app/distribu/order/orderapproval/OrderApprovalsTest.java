package app.distribu.order.orderapproval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

import app.distribu.order.FakeUpstreams;
import app.distribu.order.OrderServiceTest;
import app.distribu.order.OrdersApi;
import app.distribu.order.Pages;
import app.distribu.platform.test.Mailbox;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Buyer roles at checkout, on the real database and broker: roles and the threshold come
 * with the customer's order profile (customer.profile_changed); a held checkout waits for
 * an admin buyer of the same customer, who approves it once (at the prices of then) or
 * rejects it with a reason.
 */
@OrderServiceTest
class OrderApprovalsTest {

	static final String SLUG = "harbor";

	@Autowired
	FakeUpstreams upstreams;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	Pages pages;

	OrdersApi api;

	UUID company = UUID.randomUUID();

	UUID customer = UUID.randomUUID();

	UUID admin = UUID.randomUUID();

	UUID secondAdmin = UUID.randomUUID();

	UUID requester = UUID.randomUUID();

	UUID buyer = UUID.randomUUID();

	@BeforeEach
	void setUp() {
		this.pages = new Pages(this.port);
		this.api = new OrdersApi(this.port);
		this.upstreams.customers.put(this.customer, "ACTIVE");
		this.upstreams.standardAddresses(this.customer);
		this.upstreams.customerPrices.put(this.customer, FakeUpstreams.CUSTOMER_PRICE);
		profile(this.company, this.customer, 1, "30.00", buyer(this.admin, "ADMIN_BUYER"),
				buyer(this.secondAdmin, "ADMIN_BUYER"), buyer(this.requester, "REQUESTER"), buyer(this.buyer, "BUYER"));
	}

	@Test
	void aRequestersCheckoutWaitsForApprovalAndTheAdminBuyersAreMailed() {
		int reservations = this.upstreams.reservations.size();

		ResponseEntity<String> held = checkout(this.requester, "WDG-001", "1");

		assertThat(held.getHeaders().getLocation().toString()).isEqualTo("/store/harbor/approvals?requested");
		assertThat(this.upstreams.reservations).as("nothing reserved while waiting").hasSize(reservations);
		assertThat(orders()).isZero();
		assertThat(page(this.requester, "/store/harbor/cart").select("#empty-cart")).as("the cart is emptied")
			.hasSize(1);
		Document mine = page(this.requester, held.getHeaders().getLocation().toString());
		assertThat(mine.select("#approval-requested")).hasSize(1);
		assertThat(mine.select("section.request").attr("data-status")).isEqualTo("PENDING");
		assertThat(mine.select("button.approve")).as("a requester can't approve").isEmpty();
		assertThat(mine.select("section.request ul.lines li[data-sku=WDG-001]").text())
			.isEqualTo("1 × Product WDG-001 (WDG-001) · 11.00 EUR each · 11.00 EUR");
		Mailbox.Mail mail = Mailbox.await(email(this.admin), "asks you to approve an order");
		assertThat(mail.text()).contains("/store/harbor/approvals#approval-", "11.00 EUR",
				"  1 x Product WDG-001 (WDG-001) at 11.00 EUR  11.00 EUR");
		assertThat(mail.html()).contains("1 × Product WDG-001", "11.00 EUR each · 11.00 EUR");
		Mailbox.await(email(this.secondAdmin), "asks you to approve an order");
	}

	@Test
	void aBuyerOrdersFreelyUpToTheThresholdAndWaitsOverIt() {
		ResponseEntity<String> under = checkout(this.buyer, "WDG-001", "2");
		assertThat(under.getHeaders().getLocation().toString()).contains("/orders/").endsWith("?placed");

		ResponseEntity<String> over = checkout(this.buyer, "WDG-001", "3");
		assertThat(over.getHeaders().getLocation().toString()).endsWith("/approvals?requested");
		assertThat(this.jdbc.sql("select why || ' ' || total_at_request from order_approval where customer_id = ?")
			.param(this.customer)
			.query(String.class)
			.single()).isEqualTo("OVER_THRESHOLD 33.00");

		ResponseEntity<String> adminsOwn = checkout(this.admin, "WDG-001", "50");
		assertThat(adminsOwn.getHeaders().getLocation().toString()).as("an admin buyer's order is never held")
			.endsWith("?placed");
		assertThat(orders()).isEqualTo(2);
	}

	@Test
	void twoAdminBuyersApprovingAtOnceMakeOneOrderAtTodaysPrices() throws Exception {
		checkout(this.requester, "WDG-001", "2");
		UUID request = onlyRequest();
		// The price changed after the request: approval places at the price of then.
		this.upstreams.customerPrices.put(this.customer, "10.00");

		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<ResponseEntity<String>>> both = new ArrayList<>();
		for (UUID approver : List.of(this.admin, this.secondAdmin)) {
			Callable<ResponseEntity<String>> approve = () -> {
				start.await();
				return this.pages.post(token(approver), "/store/harbor/approvals/" + request + "/approve", Map.of());
			};
			both.add(pool.submit(approve));
		}
		start.countDown();
		for (Future<ResponseEntity<String>> result : both) {
			assertThat(result.get().getStatusCode()).isEqualTo(HttpStatus.FOUND);
		}
		pool.shutdown();

		assertThat(orders()).as("one order").isEqualTo(1);
		assertThat(this.jdbc.sql("select total::text from orders where company_id = ?")
			.param(this.company)
			.query(String.class)
			.single()).isEqualTo("20.00");
		assertThat(this.jdbc.sql("select status from order_approval where id = ?")
			.param(request)
			.query(String.class)
			.single()).isEqualTo("APPROVED");
		Document requesters = page(this.requester, "/store/harbor/approvals");
		assertThat(requesters.select("section.request").attr("data-status")).isEqualTo("APPROVED");
		assertThat(requesters.select("a.approved-order").attr("href")).startsWith("/store/harbor/orders/");
		Mailbox.await(email(this.requester), "Your order #");
		assertThat(Mailbox.await(email(this.requester), "was approved").text()).contains("approved your order at",
				"and it is placed");

		ResponseEntity<String> again = this.pages.post(token(this.admin),
				"/store/harbor/approvals/" + request + "/approve", Map.of());
		assertThat(this.pages.follow(token(this.admin), again).getBody()).contains("already approved");
		assertThat(orders()).isEqualTo(1);
	}

	@Test
	void anApprovalThatCannotBePlacedSaysWhyAndTheRequestKeepsWaiting() {
		String sku = "SHORT-" + UUID.randomUUID();
		this.upstreams.stock(sku, 5);
		checkout(this.requester, sku, "4");
		UUID request = onlyRequest();
		this.upstreams.stock(sku, 1);

		ResponseEntity<String> approved = this.pages.post(token(this.admin),
				"/store/harbor/approvals/" + request + "/approve", Map.of());

		Document page = Jsoup.parse(this.pages.follow(token(this.admin), approved).getBody());
		assertThat(page.select("#approvals-error").text()).startsWith("The order could not be placed: ")
			.contains(sku)
			.endsWith("The request is still waiting.");
		assertThat(page.select("section.request").attr("data-status")).isEqualTo("PENDING");
		assertThat(page.select(".last-failure").text()).contains(sku);
		assertThat(orders()).isZero();
	}

	@Test
	void aRejectionNeedsAReasonAndMailsItToTheRequester() {
		checkout(this.requester, "WDG-001", "1");
		UUID request = onlyRequest();

		ResponseEntity<String> blank = this.pages.post(token(this.admin),
				"/store/harbor/approvals/" + request + "/reject", Map.of("reason", "  "));
		assertThat(this.pages.follow(token(this.admin), blank).getBody()).contains("Say why you reject the order");

		this.pages.post(token(this.admin), "/store/harbor/approvals/" + request + "/reject",
				Map.of("reason", "We have enough widgets this week."));

		assertThat(page(this.requester, "/store/harbor/approvals").select(".rejection-reason").text())
			.isEqualTo("We have enough widgets this week.");
		assertThat(Mailbox.await(email(this.requester), "was not approved").text())
			.contains("We have enough widgets this week.");
		ResponseEntity<String> late = this.pages.post(token(this.secondAdmin),
				"/store/harbor/approvals/" + request + "/approve", Map.of());
		assertThat(this.pages.follow(token(this.secondAdmin), late).getBody()).contains("already rejected");
		assertThat(orders()).isZero();
	}

	@Test
	void nobodyOutsideTheCustomerSeesOrDecidesItsRequests() {
		checkout(this.requester, "WDG-001", "1");
		UUID request = onlyRequest();
		UUID otherCustomer = UUID.randomUUID();
		UUID otherAdmin = UUID.randomUUID();
		this.upstreams.customers.put(otherCustomer, "ACTIVE");
		profile(this.company, otherCustomer, 1, null, buyer(otherAdmin, "ADMIN_BUYER"));
		String neighbour = TestTokens.contact(this.company, SLUG, otherAdmin, otherCustomer);
		// The same ids under another company's token: not its customer.
		UUID otherCompany = UUID.randomUUID();
		String stranger = TestTokens.contact(otherCompany, SLUG, this.admin, this.customer);

		assertThat(page(neighbour, "/store/harbor/approvals").select("section.request")).isEmpty();
		for (String intruder : List.of(neighbour, stranger, token(this.buyer), token(this.requester))) {
			ResponseEntity<String> tried = this.pages.post(intruder, "/store/harbor/approvals/" + request + "/approve",
					Map.of());
			assertThat(tried.getStatusCode().value()).isIn(403, 404);
			ResponseEntity<String> rejected = this.pages.post(intruder,
					"/store/harbor/approvals/" + request + "/reject", Map.of("reason", "no"));
			assertThat(rejected.getStatusCode().value()).isIn(403, 404);
		}

		assertThat(this.jdbc.sql("select status from order_approval where id = ?")
			.param(request)
			.query(String.class)
			.single()).isEqualTo("PENDING");
		assertThat(orders()).isZero();
	}

	@Test
	void staffReadTheRequestsThroughTheApiAndNoOtherCompanyCan() {
		checkout(this.requester, "WDG-001", "2");
		UUID rejected = onlyRequest();
		this.pages.post(token(this.admin), "/store/harbor/approvals/" + rejected + "/reject",
				Map.of("reason", "Not this week."));
		checkout(this.requester, "GAD-002", "3");
		UUID otherCustomer = UUID.randomUUID();
		UUID otherRequester = UUID.randomUUID();
		this.upstreams.customers.put(otherCustomer, "ACTIVE");
		this.upstreams.standardAddresses(otherCustomer);
		profile(this.company, otherCustomer, 1, null, buyer(UUID.randomUUID(), "ADMIN_BUYER"),
				buyer(otherRequester, "REQUESTER"));
		String neighbour = TestTokens.contact(this.company, SLUG, otherRequester, otherCustomer);
		this.pages.post(neighbour, "/store/harbor/cart/items", Map.of("sku", "WDG-001", "quantity", "1"));
		this.pages.post(neighbour, "/store/harbor/checkout",
				Map.of("shippingAddressId", FakeUpstreams.addressId(otherCustomer, "depot").toString()));
		String key = TestTokens.apiKey(this.company, "orders:read");

		JsonNode all = this.api.get(key, "/api/v1/approvals").getBody();
		assertThat(all.path("data")).hasSize(3);
		assertThat(all.path("data").findValuesAsString("customerId")).containsExactly(otherCustomer.toString(),
				this.customer.toString(), this.customer.toString());
		JsonNode mine = this.api.get(key, "/api/v1/approvals?status=PENDING&customerId=" + this.customer)
			.getBody()
			.path("data");
		assertThat(mine).hasSize(1);
		assertThat(mine.get(0).path("why").asString()).isEqualTo("REQUESTER");
		assertThat(mine.get(0).path("requester").path("email").asString()).isEqualTo(email(this.requester));
		assertThat(mine.get(0).path("lines").get(0).path("name").asString()).isEqualTo("Product GAD-002");
		JsonNode first = this.api.get(key, "/api/v1/approvals?limit=2").getBody();
		assertThat(first.path("hasMore").asBoolean()).isTrue();
		JsonNode rest = this.api.get(key, "/api/v1/approvals?limit=2&cursor=" + first.path("nextCursor").asString())
			.getBody();
		assertThat(rest.path("data").findValuesAsString("id")).containsExactly(rejected.toString());
		assertThat(rest.path("hasMore").asBoolean()).isFalse();

		JsonNode one = this.api.get(key, "/api/v1/approvals/" + rejected).getBody();
		assertThat(one.path("status").asString()).isEqualTo("REJECTED");
		assertThat(one.path("rejectionReason").asString()).isEqualTo("Not this week.");
		assertThat(one.path("decidedBy").asString()).isEqualTo("Test Buyer");
		assertThat(one.path("totalAtRequest").asString()).isEqualTo("22.00");
		JsonNode line = one.path("lines").get(0);
		assertThat(line.path("sku").asString()).isEqualTo("WDG-001");
		assertThat(line.path("name").asString()).isEqualTo("Product WDG-001");
		assertThat(line.path("quantity").asInt()).isEqualTo(2);
		assertThat(line.path("unitPrice").asString()).isEqualTo("11.00");
		assertThat(line.path("lineTotal").asString()).isEqualTo("22.00");

		// A request saved before names were kept shows its SKU, on the page and in the
		// API.
		this.jdbc.sql("update order_approval set lines = '[{\"sku\":\"WDG-001\",\"quantity\":2}]'::jsonb where id = ?")
			.param(rejected)
			.update();
		assertThat(
				this.api.get(key, "/api/v1/approvals/" + rejected).getBody().path("lines").get(0).path("name").isNull())
			.isTrue();
		assertThat(
				page(this.requester, "/store/harbor/approvals").select("#approval-" + rejected + " ul.lines li").text())
			.isEqualTo("2 × WDG-001");

		assertThat(this.api.get(key, "/api/v1/approvals?status=LOST").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.api.get(key, "/api/v1/approvals?cursor=nonsense").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.api.get(TestTokens.apiKey(this.company, "products:read"), "/api/v1/approvals").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.get(token(this.admin), "/api/v1/approvals").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		String stranger = TestTokens.apiKey(UUID.randomUUID(), "orders:read");
		assertThat(this.api.get(stranger, "/api/v1/approvals").getBody().path("data")).isEmpty();
		assertThat(this.api.get(stranger, "/api/v1/approvals?customerId=" + this.customer).getBody().path("data"))
			.isEmpty();
		ResponseEntity<JsonNode> hidden = this.api.get(stranger, "/api/v1/approvals/" + rejected);
		assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(hidden.getHeaders().getContentType().toString()).startsWith("application/problem+json");
	}

	private ResponseEntity<String> checkout(UUID contact, String sku, String quantity) {
		this.pages.post(token(contact), "/store/harbor/cart/items", Map.of("sku", sku, "quantity", quantity));
		return this.pages.post(token(contact), "/store/harbor/checkout",
				Map.of("shippingAddressId", FakeUpstreams.addressId(this.customer, "depot").toString()));
	}

	private String token(UUID contact) {
		return TestTokens.contact(this.company, SLUG, contact, this.customer);
	}

	private Document page(UUID contact, String path) {
		return Jsoup.parse(this.pages.get(token(contact), path).getBody());
	}

	private Document page(String token, String path) {
		return Jsoup.parse(this.pages.get(token, path).getBody());
	}

	private UUID onlyRequest() {
		return this.jdbc.sql("select id from order_approval where customer_id = ? and company_id = ?")
			.param(this.customer)
			.param(this.company)
			.query(UUID.class)
			.single();
	}

	private int orders() {
		return this.jdbc.sql("select count(*) from orders where company_id = ?")
			.param(this.company)
			.query(Integer.class)
			.single();
	}

	private static String email(UUID contact) {
		return "buyer-" + contact + "@example.test";
	}

	private static Map<String, Object> buyer(UUID contact, String role) {
		return Map.of("contactId", contact, "name", "Contact " + role, "email", email(contact), "role", role);
	}

	@SafeVarargs
	private void profile(UUID company, UUID customer, long revision, String threshold, Map<String, Object>... buyers) {
		Map<String, Object> address = new HashMap<>();
		address.put("id", FakeUpstreams.addressId(customer, "depot"));
		address.put("kind", "SHIPPING");
		address.put("line1", "9 Depot Road");
		address.put("line2", null);
		address.put("city", "Rotterdam");
		address.put("postalCode", "3011 AA");
		address.put("country", "NL");
		address.put("isDefault", true);
		Map<String, Object> data = new HashMap<>();
		data.put("customerId", customer);
		data.put("revision", revision);
		data.put("name", "Corner Shop");
		data.put("status", "ACTIVE");
		data.put("paymentTerms", null);
		data.put("creditLimit", null);
		data.put("addresses", List.of(address));
		data.put("approvalThreshold", threshold);
		data.put("buyers", List.of(buyers));
		TestEvents.publish("customer.events", company, "customer.profile_changed", data);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc
				.sql("select count(*) from customer_ref where id = ? and company_id = ? and revision = ?")
				.param(customer)
				.param(company)
				.param(revision)
				.query(Integer.class)
				.single() == 1);
	}

}
