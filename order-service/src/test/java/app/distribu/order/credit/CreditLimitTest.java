package app.distribu.order.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import app.distribu.order.FakeUpstreams;
import app.distribu.order.OrderServiceTest;
import app.distribu.order.OrdersApi;
import app.distribu.order.Pages;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.TestTokens;

import static app.distribu.order.OrdersApi.line;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enforced credit limits: refused with one message on every channel, exact under
 * concurrency, freed by marking orders paid or cancelling them; payment terms snapshot on
 * the order, its page and the export.
 */
@OrderServiceTest
class CreditLimitTest {

	@Autowired
	FakeUpstreams upstreams;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final UUID company = UUID.randomUUID();

	final String sku = "CRED-" + this.company;

	UUID customer(String terms, String limit, boolean enforced) {
		UUID customer = this.upstreams.activeCustomer();
		this.upstreams.terms.put(customer, new FakeUpstreams.Terms(terms, limit, enforced));
		this.upstreams.stock(this.sku, 10_000);
		return customer;
	}

	String writer() {
		return TestTokens.apiKey(this.company, "orders:write", "orders:read");
	}

	ResponseEntity<JsonNode> order(UUID customer, int units) {
		return new OrdersApi(this.port).post(writer(), "/api/v1/orders",
				Map.of("customerId", customer, "lines", List.of(line(this.sku, units))));
	}

	ResponseEntity<JsonNode> paid(String orderId, boolean paid) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build()
			.put()
			.uri("/api/v1/orders/" + orderId + "/payment")
			.headers((h) -> h.setBearerAuth(writer()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("paid", paid))
			.retrieve()
			.toEntity(JsonNode.class);
	}

	static String refusal(String total, String after, String limit) {
		return "Credit limit reached: this order of " + total + " EUR would bring the open balance to " + after
				+ " EUR, over the credit limit of " + limit + " EUR. Orders count until they are marked paid.";
	}

	@Test
	void anOrderOverAnEnforcedLimitIsRefusedWithItsStockGivenBackUntilOrdersArePaid() {
		UUID acme = customer("NET_30", "100.00", true);
		ResponseEntity<JsonNode> upToTheLimit = order(acme, 8);
		assertThat(upToTheLimit.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		int held = this.upstreams.held(this.sku);

		ResponseEntity<JsonNode> over = order(acme, 1);
		assertThat(over.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(over.getBody().path("detail").asString()).isEqualTo(refusal("12.50", "112.50", "100.00"));
		assertThat(over.getBody().path("type").asString()).endsWith("credit-limit-exceeded");
		assertThat(this.upstreams.held(this.sku)).as("the refused order's stock is given back").isEqualTo(held);

		String first = upToTheLimit.getBody().path("id").asString();
		assertThat(paid(first, true).getBody().path("paid").asBoolean()).isTrue();
		assertThat(order(acme, 8).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(paid(first, false).getBody().path("paidAt").isNull()).isTrue();
		assertThat(order(acme, 1).getStatusCode()).as("unpaid again: 200.00 open")
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);

		new OrdersApi(this.port).post(writer(), "/api/v1/orders/" + first + "/cancel", Map.of());
		JsonNode balance = new OrdersApi(this.port).get(writer(), "/internal/customers/" + acme + "/balance").getBody();
		assertThat(balance.path("openBalance").asString()).as("cancelled orders leave the balance").isEqualTo("100.00");
		assertThat(balance.path("unpaidOrders").asInt()).isEqualTo(1);
		assertThat(balance.path("currency").asString()).isEqualTo("EUR");

		UUID referenceOnly = customer(null, "10.00", false);
		assertThat(order(referenceOnly, 8).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		UUID noLimit = customer(null, null, true);
		assertThat(order(noLimit, 800).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(paid(UUID.randomUUID().toString(), true).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		int forbidden = RestClient.create("http://localhost:" + this.port)
			.put()
			.uri("/api/v1/orders/" + first + "/payment")
			.headers((h) -> h.setBearerAuth(TestTokens.apiKey(this.company, "orders:read")))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("paid", true))
			.exchange((request, response) -> response.getStatusCode().value());
		assertThat(forbidden).isEqualTo(403);
	}

	@Test
	void sixteenParallelCheckoutsOfOneCustomerNeverGoOverItsLimit() throws Exception {
		UUID rush = customer("NET_15", "500.00", true);
		UUID depot = this.upstreams.address(rush, "SHIPPING", true, "Rotterdam");
		Pages pages = new Pages(this.port);
		List<String> buyers = IntStream.range(0, 16)
			.mapToObj((i) -> TestTokens.contact(this.company, "rush", UUID.randomUUID(), rush))
			.toList();
		for (String buyer : buyers) {
			pages.post(buyer, "/store/rush/cart/items", Map.of("sku", this.sku, "quantity", "8"));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService clients = Executors.newFixedThreadPool(buyers.size());
		List<Future<ResponseEntity<String>>> answers = buyers.stream().map((buyer) -> clients.submit(() -> {
			start.await();
			return pages.post(buyer, "/store/rush/checkout",
					Map.of("quotedTotal", "100.00", "shippingAddressId", depot.toString()));
		})).toList();
		start.countDown();
		clients.shutdown();

		Map<Integer, Integer> statuses = new HashMap<>();
		for (Future<ResponseEntity<String>> answer : answers) {
			ResponseEntity<String> response = answer.get();
			statuses.merge(response.getStatusCode().value(), 1, Integer::sum);
			if (response.getStatusCode() != HttpStatus.FOUND) {
				assertThat(Jsoup.parse(response.getBody()).select("#checkout-error").text())
					.startsWith("Credit limit reached:");
			}
		}
		assertThat(statuses).as("room for five orders of 100.00")
			.containsExactlyInAnyOrderEntriesOf(Map.of(302, 5, 422, 11));
		assertThat(this.jdbc.sql("select sum(total) from orders where customer_id = ?")
			.param(rush)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("500.00");
		assertThat(this.upstreams.held(this.sku)).as("refused checkouts gave their stock back").isEqualTo(40);
		assertThat(new OrdersApi(this.port).get(writer(), "/internal/customers/" + rush + "/balance")
			.getBody()
			.path("openBalance")
			.asString()).isEqualTo("500.00");
	}

	@Test
	void termsAreSnapshotOnTheOrderItsPagesAndTheExportAndTheRefusalReachesEveryChannel() {
		UUID acme = customer("NET_30", "50.00", true);
		JsonNode placed = order(acme, 2).getBody();
		assertThat(placed.path("paymentTerms").asString()).isEqualTo("NET_30");
		assertThat(placed.path("paymentDue").asString())
			.isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
		assertThat(placed.path("paid").asBoolean()).isFalse();
		assertThat(placed.path("lines").get(0).path("priceRule").asString()).isEqualTo("Catalog price");
		this.upstreams.terms.put(acme, new FakeUpstreams.Terms("PREPAID", "50.00", true));
		String id = placed.path("id").asString();
		assertThat(new OrdersApi(this.port).get(writer(), "/api/v1/orders/" + id)
			.getBody()
			.path("paymentTerms")
			.asString()).as("a snapshot").isEqualTo("NET_30");

		String member = TestTokens.user(this.company, UUID.randomUUID(), Role.MEMBER);
		Pages pages = new Pages(this.port);
		Document page = Jsoup.parse(pages.get(member, "/dashboard/orders/" + id).getBody());
		assertThat(page.select("#payment-terms").text()).isEqualTo("Net 30");
		assertThat(page.select("#paid-state").text()).isEqualTo("Unpaid");
		assertThat(page.select("#customer-balance").text())
			.isEqualTo("The customer's open balance: 25.00 EUR over 1 unpaid orders.");
		ResponseEntity<String> marked = pages.post(member, "/dashboard/orders/" + id + "/payment",
				Map.of("paid", "true"));
		assertThat(marked.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(Jsoup.parse(pages.get(member, "/dashboard/orders/" + id).getBody()).select("#paid-state").text())
			.isEqualTo("Paid");

		order(acme, 4);
		ResponseEntity<String> dashboard = pages.post(member, "/dashboard/orders/new",
				Map.of("customerId", acme.toString(), "sku", this.sku, "quantity", "1", "action", "place"));
		assertThat(Jsoup.parse(dashboard.getBody()).text()).contains(refusal("12.50", "62.50", "50.00"));
		String buyer = TestTokens.contact(this.company, "shop", UUID.randomUUID(), acme);
		pages.post(buyer, "/store/shop/cart/items", Map.of("sku", this.sku, "quantity", "1"));
		Document checkout = Jsoup.parse(pages.get(buyer, "/store/shop/checkout").getBody());
		assertThat(checkout.select("#credit-warning").text()).as("warned before trying")
			.isEqualTo(refusal("12.50", "62.50", "50.00"));

		String csv = pages.get(writer(), "/api/v1/orders/export").getBody();
		assertThat(csv.lines().findFirst().orElseThrow())
			.endsWith(",line_total,payment_terms,payment_due,paid_at,price_rule");
		assertThat(csv).contains(",NET_30," + LocalDate.now(ZoneOffset.UTC).plusDays(30) + ",20");
		assertThat(new OrdersApi(this.port)
			.get(TestTokens.contact(this.company, "shop", UUID.randomUUID(), acme),
					"/internal/customers/" + acme + "/balance")
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

}
