package app.distribu.order.rfq;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.distribu.order.FakeUpstreams;
import app.distribu.order.OrderServiceTest;
import app.distribu.order.OrdersApi;
import app.distribu.order.Pages;
import app.distribu.platform.contracts.EventContracts;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.Mailbox;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quote requests end to end on order-service with real PostgreSQL and the usual
 * {@link FakeUpstreams} as catalog and customer-service: storefront, dashboard, API,
 * events, mails, expiry, exactly-once accept and the tenant rule.
 */
@OrderServiceTest
class QuoteRequestsTest {

	static final String SLUG = "harbor";

	@Autowired
	FakeUpstreams upstreams;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	QuoteExpirySweep sweep;

	@LocalServerPort
	int port;

	Pages pages;

	OrdersApi api;

	UUID company = UUID.randomUUID();

	UUID customer = UUID.randomUUID();

	UUID contact = UUID.randomUUID();

	/** A SKU of this test only, so the fake catalog's held stock is this test's. */
	String sku = "QT-" + UUID.randomUUID().toString().substring(0, 8);

	String buyer;

	String staff;

	String key;

	@BeforeEach
	void setUp() {
		this.pages = new Pages(this.port);
		this.api = new OrdersApi(this.port);
		this.upstreams.customers.put(this.customer, "ACTIVE");
		this.upstreams.customerPrices.put(this.customer, FakeUpstreams.CUSTOMER_PRICE);
		this.upstreams.standardAddresses(this.customer);
		this.buyer = TestTokens.contact(this.company, SLUG, this.contact, this.customer);
		this.staff = TestTokens.user(this.company, UUID.randomUUID(), Role.MEMBER);
		this.key = TestTokens.apiKey(this.company, "orders:read", "orders:write");
	}

	@Test
	void aBuyerAsksStaffPriceAndSendAndTheAcceptedQuoteIsAnOrderAtTheQuotedPrice() {
		addToCart(this.sku, "10");
		addToCart("GAD-002", "4");
		ResponseEntity<String> requested = this.pages.post(this.buyer, "/store/harbor/quotes",
				Map.of("message", "We need 10 every month. Can you do better?"));
		String quotePath = requested.getHeaders().getLocation().toString();
		assertThat(quotePath).startsWith("/store/harbor/quotes/");
		String quoteId = quotePath.substring("/store/harbor/quotes/".length());
		Document asked = page(this.pages.follow(this.buyer, requested));
		assertThat(asked.select("#quote-notice").text())
			.matches("Quote request Q-\\d+ sent\\. Test Company will reply with prices; you'll get an email\\.");
		assertThat(asked.select("#quote-status").text()).isEqualTo("Waiting for prices");
		assertThat(asked.select("#quote-actions")).isEmpty();
		assertThat(page(this.buyer, "/store/harbor/cart").select("#empty-cart")).hasSize(1);

		Document list = page(this.staff, "/dashboard/quotes?status=REQUESTED");
		assertThat(list.select("#quotes tbody tr").eachAttr("data-status")).containsExactly("REQUESTED");
		Document edit = page(this.staff, "/dashboard/quotes/" + quoteId);
		assertThat(edit.select("#buyer-message").text()).contains("We need 10 every month. Can you do better?");
		assertThat(edit.select("#quote-lines tbody tr").eachAttr("data-sku")).containsExactly(this.sku, "GAD-002");
		assertThat(edit.select("#quote-total").text()).isEqualTo("154.00 EUR");

		String lastDay = today().plusDays(14).toString();
		ResponseEntity<String> sent = this.pages.post(this.staff, "/dashboard/quotes/" + quoteId + "/send",
				Map.of("sku", List.of(this.sku, "GAD-002"), "quantity", List.of("20", "4"), "unitPrice",
						List.of("9.50", "11"), "expiresOn", lastDay, "message", "9.50 from 20 units."));
		Document sentPage = page(this.pages.follow(this.staff, sent));
		assertThat(sentPage.select("#quote-notice").text())
			.matches("Quote Q-\\d+ sent to buyer-" + this.contact + "@example.test\\.");
		assertThat(sentPage.select("#quote-status").text()).isEqualTo("Sent");
		assertThat(sentPage.select("#quote-total").text()).isEqualTo("234.00 EUR");
		assertThat(sentPage.select("#save-quote, #send-quote")).isEmpty();

		Mailbox.Mail mail = Mailbox.await("buyer-" + this.contact + "@example.test", "Your quote Q-");
		assertThat(mail.subject()).matches("Your quote Q-\\d+ from Test Company: 234.00 EUR");
		assertThat(mail.text()).contains("Test Company sent you quote Q-", "9.50 from 20 units.",
				"20 x Product " + this.sku + " (" + this.sku + ") at 9.50  190.00",
				"http://localhost:8080/store/harbor/quotes/" + quoteId);

		Document offered = page(this.buyer, quotePath);
		assertThat(offered.select("#quote-lines tbody tr[data-sku=" + this.sku + "]").text()).contains("9.50 EUR",
				"instead of 11.00 EUR", "190.00 EUR");
		assertThat(offered.select("#staff-message").text()).contains("9.50 from 20 units.");
		ResponseEntity<String> accepted = this.pages.post(this.buyer, quotePath + "/accept", Map.of());
		String orderPath = accepted.getHeaders().getLocation().toString();
		assertThat(orderPath).startsWith("/store/harbor/orders/");
		assertThat(page(this.pages.follow(this.buyer, accepted)).select("#order-notice").text())
			.matches("Quote Q-\\d+ accepted: it is order #\\d+\\.");
		String orderId = orderPath.substring("/store/harbor/orders/".length());

		JsonNode order = this.api.get(this.key, "/api/v1/orders/" + orderId).getBody();
		assertThat(order.path("source").asString()).isEqualTo("STOREFRONT");
		assertThat(order.path("total").asString()).isEqualTo("234.00");
		assertThat(order.path("lines").get(0).path("unitPrice").asString()).isEqualTo("9.50");
		assertThat(order.path("lines").get(0).path("quantity").asInt()).isEqualTo(20);
		assertThat(order.path("lines").get(0).path("priceRule").asString()).matches("Quoted price, Q-\\d+");
		assertThat(this.upstreams.held(this.sku)).isEqualTo(20);

		// A second press of "Accept" (or a reload) lands on the same order.
		assertThat(this.pages.post(this.buyer, quotePath + "/accept", Map.of()).getHeaders().getLocation().toString())
			.isEqualTo(orderPath);
		JsonNode quote = this.api.get(this.key, "/api/v1/quotes/" + quoteId).getBody();
		assertThat(quote.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(quote.path("orderId").asString()).isEqualTo(orderId);
		assertThat(quote.path("history").findValuesAsString("to")).containsExactly("REQUESTED", "REQUESTED", "SENT",
				"ACCEPTED");
		assertThat(count("orders")).isEqualTo(1);

		List<JsonNode> events = events();
		assertThat(events).extracting((event) -> event.path("type").asString())
			.containsExactly("quote.requested", "quote.sent", "quote.accepted", "order.created");
		assertThat(events.get(0).path("data").path("message").asString())
			.isEqualTo("We need 10 every month. Can you do better?");
		assertThat(events.get(2).path("data").path("orderId").asString()).isEqualTo(orderId);
		assertThat(events).allSatisfy(
				(event) -> assertThat(EventContracts.violations(EventContracts.bodyOf(event))).as(event.toString())
					.isEmpty());
	}

	@Test
	void staffStartAQuoteForACustomerAndTheBuyerDeclinesIt() {
		ResponseEntity<String> started = this.pages.post(this.staff,
				"/dashboard/customers/" + this.customer + "/quotes", Map.of());
		String staffPath = started.getHeaders().getLocation().toString();
		String quoteId = staffPath.substring("/dashboard/quotes/".length());
		assertThat(page(this.pages.follow(this.staff, started)).select("#quote-status").text()).isEqualTo("Draft");
		Document withLine = page(this.pages.follow(this.staff,
				this.pages.post(this.staff, staffPath + "/lines", Map.of("sku", "WDG-001", "quantity", "5"))));
		assertThat(withLine.select("#quote-notice").text()).isEqualTo("Added WDG-001 × 5.");
		assertThat(withLine.select("#quote-total").text()).isEqualTo("55.00 EUR");
		assertThat(page(this.buyer, "/store/harbor/quotes").select("#no-quotes")).hasSize(1);
		assertThat(this.pages.get(this.buyer, "/store/harbor/quotes/" + quoteId).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		this.pages.post(this.staff, staffPath + "/send",
				Map.of("sku", "WDG-001", "quantity", "5", "unitPrice", "10", "expiresOn", today().toString()));

		Document quotes = page(this.buyer, "/store/harbor/quotes");
		assertThat(quotes.select("#quotes tbody tr").text()).contains("Sent", "50.00 EUR");
		ResponseEntity<String> declined = this.pages.post(this.buyer, "/store/harbor/quotes/" + quoteId + "/decline",
				Map.of("reason", "Too expensive"));
		Document after = page(this.pages.follow(this.buyer, declined));
		assertThat(after.select("#quote-notice").text()).matches("Quote Q-\\d+ declined\\.");
		assertThat(after.select("#quote-actions")).isEmpty();
		assertThat(refusal(this.pages.post(this.buyer, "/store/harbor/quotes/" + quoteId + "/accept", Map.of())))
			.isEqualTo("This quote was declined.");
		assertThat(count("orders")).isZero();
		List<JsonNode> events = events();
		assertThat(events).extracting((event) -> event.path("type").asString())
			.containsExactly("quote.drafted", "quote.sent", "quote.declined");
		assertThat(events.get(0).path("data").path("status").asString()).isEqualTo("DRAFT");
		assertThat(events.get(0).path("data").path("lines")).isEmpty();
		assertThat(events.get(2).path("data").path("message").asString()).isEqualTo("Too expensive");
		assertThat(events).allSatisfy(
				(event) -> assertThat(EventContracts.violations(EventContracts.bodyOf(event))).as(event.toString())
					.isEmpty());
	}

	@Test
	void staffAcceptASentQuoteForTheCustomerFromTheDashboardOnce() {
		addToCart(this.sku, "3");
		String quoteId = this.pages.post(this.buyer, "/store/harbor/quotes", Map.of())
			.getHeaders()
			.getLocation()
			.toString()
			.substring("/store/harbor/quotes/".length());
		String staffPath = "/dashboard/quotes/" + quoteId;
		this.pages.post(this.staff, staffPath + "/send", Map.of("sku", this.sku, "quantity", "3", "unitPrice", "9.00",
				"expiresOn", today().plusDays(5).toString()));
		assertThat(page(this.staff, staffPath).select("#accept-quote").text()).isEqualTo("Accept for the customer");

		ResponseEntity<String> accepted = this.pages.post(this.staff, staffPath + "/accept", Map.of());
		assertThat(accepted.getHeaders().getLocation().toString()).isEqualTo(staffPath);
		Document after = page(this.pages.follow(this.staff, accepted));
		assertThat(after.select("#quote-notice").text())
			.matches("Quote Q-\\d+ accepted for the customer: it is order #\\d+\\.");
		assertThat(after.select("#quote-status").text()).isEqualTo("Accepted");
		assertThat(after.select("#accept-quote, #withdraw-quote")).isEmpty();
		String orderId = after.select("#quote-order a").attr("href").substring("/dashboard/orders/".length());
		assertThat(after.select("#quote-history tbody tr").last().text()).contains("Accepted", "Staff",
				"accepted for the customer by Test User");

		JsonNode order = this.api.get(this.key, "/api/v1/orders/" + orderId).getBody();
		assertThat(order.path("source").asString()).isEqualTo("DASHBOARD");
		assertThat(order.path("total").asString()).isEqualTo("27.00");
		assertThat(Mailbox.await("buyer-" + this.contact + "@example.test", "Your order #").text())
			.as("the buyer who asked gets the order's confirmation")
			.contains("27.00");
		assertThat(order.path("lines").get(0).path("priceRule").asString()).matches("Quoted price, Q-\\d+");
		assertThat(this.upstreams.held(this.sku)).isEqualTo(3);

		// A second press (another tab) changes nothing and says the quote is accepted.
		Document again = page(
				this.pages.follow(this.staff, this.pages.post(this.staff, staffPath + "/accept", Map.of())));
		assertThat(again.select("#quote-notice").text()).contains("accepted for the customer: it is order #");
		assertThat(count("orders")).isEqualTo(1);
		assertThat(this.upstreams.held(this.sku)).isEqualTo(3);
		assertThat(events()).extracting((event) -> event.path("type").asString())
			.containsExactly("quote.requested", "quote.sent", "quote.accepted", "order.created");

		// A buyer's own storefront token can't use the dashboard's accept.
		String other = sentQuote(today().plusDays(5));
		assertThat(this.pages.post(this.buyer, "/dashboard/quotes/" + other + "/accept", Map.of())
			.getStatusCode()
			.is2xxSuccessful()).isFalse();
		assertThat(status(other)).isEqualTo("SENT");
	}

	@Test
	void everyWithdrawalIsAnEventThatSaysWho() {
		addToCart("WDG-001", "2");
		String requested = this.pages.post(this.buyer, "/store/harbor/quotes", Map.of())
			.getHeaders()
			.getLocation()
			.toString();
		this.pages.post(this.buyer, requested + "/withdraw", Map.of());
		String draft = create(List.of(Map.of("sku", "WDG-001", "quantity", 1))).path("id").asString();
		this.pages.post(this.staff, "/dashboard/quotes/" + draft + "/withdraw", Map.of());
		String sent = sentQuote(today().plusDays(5));
		assertThat(this.api.post(this.key, "/api/v1/quotes/" + sent + "/withdraw", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.OK);

		List<JsonNode> withdrawn = events().stream()
			.filter((event) -> "quote.withdrawn".equals(event.path("type").asString()))
			.toList();
		assertThat(withdrawn).extracting((event) -> event.path("data").path("withdrawnBy").asString())
			.containsExactly("BUYER", "STAFF", "API");
		assertThat(withdrawn).allSatisfy((event) -> {
			assertThat(event.path("data").path("status").asString()).isEqualTo("WITHDRAWN");
			assertThat(EventContracts.violations(EventContracts.bodyOf(event))).as(event.toString()).isEmpty();
		});
		assertThat(events()).filteredOn((event) -> !"quote.withdrawn".equals(event.path("type").asString()))
			.allSatisfy((event) -> assertThat(event.path("data").has("withdrawnBy")).isFalse());
		// Withdrawing again is refused and sends nothing more.
		assertThat(this.api.post(this.key, "/api/v1/quotes/" + sent + "/withdraw", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(events()).filteredOn((event) -> "quote.withdrawn".equals(event.path("type").asString())).hasSize(3);
	}

	@Test
	void badInputIsRefusedWithAReadableMessageAndWritesNothing() {
		assertThat(refusal(this.pages.post(this.buyer, "/store/harbor/quotes", Map.of("message", "Hi"))))
			.isEqualTo("Your cart is empty. Add products to ask for a quote.");
		addToCart("WDG-001", "2");
		assertThat(refusal(this.pages.post(this.buyer, "/store/harbor/quotes", Map.of("message", "x".repeat(2001)))))
			.isEqualTo("A message has at most 2,000 characters.");
		addToCart("UNKNOWN-9", "1");
		assertThat(refusal(this.pages.post(this.buyer, "/store/harbor/quotes", Map.of())))
			.isEqualTo("UNKNOWN-9 is not a product you can quote: Unknown SKU: UNKNOWN-9.");
		assertThat(count("quote_request")).isZero();

		String quoteId = create(List.of(Map.of("sku", "WDG-001", "quantity", 2))).path("id").asString();
		String path = "/dashboard/quotes/" + quoteId;
		for (String price : List.of("-1", "abc", "1.234")) {
			assertThat(refusal(this.pages.post(this.staff, path,
					Map.of("sku", "WDG-001", "quantity", "2", "unitPrice", price, "expiresOn", ""))))
				.isEqualTo("WDG-001: a price is a number from 0 with at most 2 decimals.");
		}
		assertThat(refusal(this.pages.post(this.staff, path,
				Map.of("sku", "WDG-001", "quantity", "lots", "unitPrice", "", "expiresOn", ""))))
			.isEqualTo("WDG-001: Quantity must be a whole number from 1 to 1,000,000.");
		assertThat(
				refusal(this.pages.post(this.staff, path,
						Map.of("sku", "WDG-001", "quantity", "2", "unitPrice", "", "expiresOn",
								today().minusDays(1).toString()))))
			.isEqualTo("The last valid day can't be in the past.");
		assertThat(refusal(this.pages.post(this.staff, path + "/lines", Map.of("sku", "UNKNOWN-3", "quantity", "1"))))
			.isEqualTo("UNKNOWN-3 is not a product you can quote: Unknown SKU: UNKNOWN-3.");
		assertThat(refusal(this.pages.post(this.staff, path + "/send", Map.of())))
			.isEqualTo("Choose the last day the quote is valid before sending it.");
		JsonNode unchanged = this.api.get(this.key, "/api/v1/quotes/" + quoteId).getBody();
		assertThat(unchanged.path("status").asString()).isEqualTo("DRAFT");
		assertThat(unchanged.path("lines").findValuesAsString("unitPrice")).containsExactly("11.00");

		ResponseEntity<JsonNode> early = this.api.post(this.key, "/api/v1/quotes/" + quoteId + "/accept", Map.of());
		assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(early.getBody().path("detail").asString()).isEqualTo("This quote has not been sent yet.");
		ResponseEntity<JsonNode> bad = this.api.post(this.key, "/api/v1/quotes", Map.of("customerId", this.customer,
				"lines", List.of(Map.of("sku", "WDG-001", "quantity", 0, "unitPrice", "1.999"))));
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(bad.getBody().toString()).contains("quantity must be at least 1.",
				"unitPrice can have at most 2 decimals.");
		ResponseEntity<JsonNode> unknownCustomer = this.api.post(this.key, "/api/v1/quotes",
				Map.of("customerId", UUID.randomUUID()));
		assertThat(unknownCustomer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(count("quote_request")).isEqualTo(1);
	}

	@Test
	void anExpiredQuoteIsRefusedOnAcceptAndTheSweepExpiresEachQuoteOnce() {
		String late = sentQuote(today().plusDays(3));
		String forgotten = sentQuote(today().plusDays(3));
		this.jdbc.sql("update quote_request set expires_on = ? where id in (?, ?)")
			.params(today().minusDays(1), UUID.fromString(late), UUID.fromString(forgotten))
			.update();

		Document shown = page(this.buyer, "/store/harbor/quotes/" + late);
		assertThat(shown.select("#quote-expired").text()).startsWith("This quote expired on");
		assertThat(shown.select("#quote-actions")).isEmpty();
		ResponseEntity<String> tooLate = this.pages.post(this.buyer, "/store/harbor/quotes/" + late + "/accept",
				Map.of());
		String day = this.jdbc.sql("select to_char(expires_on, 'FMDD Mon YYYY') from quote_request where id = ?")
			.param(UUID.fromString(late))
			.query(String.class)
			.single();
		assertThat(refusal(tooLate)).isEqualTo("This quote expired on " + day + ". Ask for a new quote.");
		assertThat(status(late)).isEqualTo("EXPIRED");
		assertThat(status(forgotten)).isEqualTo("SENT");

		this.sweep.sweep();
		this.sweep.sweep();
		assertThat(status(forgotten)).isEqualTo("EXPIRED");
		assertThat(count("orders")).isZero();
		assertThat(events()).extracting((event) -> event.path("type").asString())
			.containsExactly("quote.drafted", "quote.sent", "quote.drafted", "quote.sent", "quote.expired",
					"quote.expired");
		assertThat(this.upstreams.held(this.sku)).isZero();
	}

	@Test
	void parallelAcceptsMakeOneOrderAndGiveTheOtherReservationsBack() throws Exception {
		String quoteId = sentQuote(today().plusDays(5));
		List<Callable<ResponseEntity<JsonNode>>> accepts = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			accepts.add(() -> this.api.post(this.key, "/api/v1/quotes/" + quoteId + "/accept", Map.of()));
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<String> orders = new ArrayList<>();
			for (Future<ResponseEntity<JsonNode>> answer : pool.invokeAll(accepts)) {
				assertThat(answer.get().getStatusCode()).isEqualTo(HttpStatus.OK);
				orders.add(answer.get().getBody().path("orderId").asString());
			}
			assertThat(orders).hasSize(8).containsOnly(orders.get(0));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count("orders")).isEqualTo(1);
		assertThat(this.upstreams.held(this.sku)).isEqualTo(3);
		assertThat(events()).extracting((event) -> event.path("type").asString())
			.containsOnlyOnce("quote.accepted", "order.created");
	}

	@Test
	void acceptRacingWithdrawEndsOneWayOnly() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 4; round++) {
				String quoteId = sentQuote(today().plusDays(5));
				List<Callable<ResponseEntity<JsonNode>>> both = List.of(
						() -> this.api.post(this.key, "/api/v1/quotes/" + quoteId + "/accept", Map.of()),
						() -> this.api.post(this.key, "/api/v1/quotes/" + quoteId + "/withdraw", Map.of()));
				pool.invokeAll(both);
				String status = status(quoteId);
				long orders = this.jdbc.sql("select count(*) from orders where company_id = ? and notes = ?")
					.param(this.company)
					.param("Quote Q-" + number(quoteId))
					.query(Long.class)
					.single();
				assertThat(status).isIn("ACCEPTED", "WITHDRAWN");
				assertThat(orders).isEqualTo("ACCEPTED".equals(status) ? 1 : 0);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theApiCreatesEditsSendsAndPagesQuotesWithIdempotencyKeys() {
		Map<String, Object> body = Map.of("customerId", this.customer, "lines", List
			.of(Map.of("sku", "WDG-001", "quantity", 3), Map.of("sku", "WDG-001", "quantity", 2, "unitPrice", "10.00")),
				"message", "Launch offer");
		ResponseEntity<JsonNode> created = this.api.post(this.key, "/api/v1/quotes", body,
				Map.of("Idempotency-Key", "quote-1"));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode quote = created.getBody();
		assertThat(quote.path("status").asString()).isEqualTo("DRAFT");
		assertThat(quote.path("reference").asString()).matches("Q-\\d+");
		assertThat(quote.path("lines")).hasSize(1);
		assertThat(quote.path("lines").get(0).path("quantity").asInt()).isEqualTo(5);
		assertThat(quote.path("lines").get(0).path("listPrice").asString()).isEqualTo("11.00");
		assertThat(quote.path("lines").get(0).path("unitPrice").asString()).isEqualTo("10.00");
		ResponseEntity<JsonNode> again = this.api.post(this.key, "/api/v1/quotes", body,
				Map.of("Idempotency-Key", "quote-1"));
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(again.getBody().path("id").asString()).isEqualTo(quote.path("id").asString());
		ResponseEntity<JsonNode> reused = this.api.post(this.key, "/api/v1/quotes", Map.of("customerId", this.customer),
				Map.of("Idempotency-Key", "quote-1"));
		assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		String id = quote.path("id").asString();
		assertThat(events()).extracting((event) -> event.path("type").asString()).containsExactly("quote.drafted");
		assertThat(events().get(0).path("data").path("message").asString()).isEqualTo("Launch offer");

		JsonNode patched = this.api.patch(this.key, "/api/v1/quotes/" + id,
				Map.of("lines",
						List.of(Map.of("sku", "WDG-001", "quantity", 5), Map.of("sku", "GAD-002", "quantity", 1)),
						"expiresOn", today().plusDays(7).toString()))
			.getBody();
		assertThat(patched.path("lines").findValuesAsString("unitPrice")).containsExactly("10.00", "11.00");
		assertThat(patched.path("total").asString()).isEqualTo("61.00");
		ResponseEntity<JsonNode> sent = this.api.post(this.key, "/api/v1/quotes/" + id + "/send", Map.of());
		assertThat(sent.getBody().path("status").asString()).isEqualTo("SENT");
		ResponseEntity<JsonNode> late = this.api.patch(this.key, "/api/v1/quotes/" + id, Map.of("message", "changed"));
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(late.getBody().path("detail").asString())
			.isEqualTo("This quote was sent already; it can no longer be changed.");

		create(List.of(Map.of("sku", "GAD-002", "quantity", 1)));
		create(List.of(Map.of("sku", "GAD-002", "quantity", 2)));
		JsonNode first = this.api.get(this.key, "/api/v1/quotes?status=DRAFT&limit=1").getBody();
		assertThat(first.path("data")).hasSize(1);
		assertThat(first.path("hasMore").asBoolean()).isTrue();
		JsonNode second = this.api
			.get(this.key, "/api/v1/quotes?status=DRAFT&limit=1&cursor=" + first.path("nextCursor").asString())
			.getBody();
		assertThat(second.path("data")).hasSize(1);
		assertThat(second.path("hasMore").asBoolean()).isFalse();
		assertThat(this.api.get(this.key, "/api/v1/quotes?customerId=" + this.customer).getBody().path("data"))
			.hasSize(3);
		assertThat(this.api.get(this.key, "/api/v1/quotes?status=NOPE").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		String reader = TestTokens.apiKey(this.company, "orders:read");
		assertThat(this.api.post(reader, "/api/v1/quotes/" + id + "/accept", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.get(this.buyer, "/api/v1/quotes").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void oneCompanysQuotesAreNeverSeenOrChangedByAnotherCustomerOrCompany() {
		String quoteId = sentQuote(today().plusDays(5));
		UUID otherCustomer = UUID.randomUUID();
		this.upstreams.customers.put(otherCustomer, "ACTIVE");
		String neighbour = TestTokens.contact(this.company, SLUG, UUID.randomUUID(), otherCustomer);
		UUID otherCompany = UUID.randomUUID();
		String otherKey = TestTokens.apiKey(otherCompany, "orders:read", "orders:write");
		String otherStaff = TestTokens.user(otherCompany, UUID.randomUUID(), Role.OWNER);

		assertThat(page(neighbour, "/store/harbor/quotes").select("#no-quotes")).hasSize(1);
		assertThat(this.pages.get(neighbour, "/store/harbor/quotes/" + quoteId).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		for (String action : List.of("/accept", "/decline", "/withdraw")) {
			assertThat(this.pages.post(neighbour, "/store/harbor/quotes/" + quoteId + action, Map.of()).getStatusCode())
				.isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(this.api.post(otherKey, "/api/v1/quotes/" + quoteId + action, Map.of()).getStatusCode())
				.isEqualTo(HttpStatus.NOT_FOUND);
		}
		assertThat(this.api.get(otherKey, "/api/v1/quotes/" + quoteId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.patch(otherKey, "/api/v1/quotes/" + quoteId, Map.of("message", "x")).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.get(otherKey, "/api/v1/quotes").getBody().path("data")).isEmpty();
		assertThat(this.pages.get(otherStaff, "/dashboard/quotes/" + quoteId).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(page(otherStaff, "/dashboard/quotes").select("#quotes")).isEmpty();
		assertThat(this.pages.post(otherStaff, "/dashboard/quotes/" + quoteId + "/send", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status(quoteId)).isEqualTo("SENT");
		assertThat(count("orders")).isZero();
	}

	private String sentQuote(LocalDate lastDay) {
		String id = create(List.of(Map.of("sku", this.sku, "quantity", 3))).path("id").asString();
		this.api.patch(this.key, "/api/v1/quotes/" + id, Map.of("expiresOn", lastDay.toString()));
		assertThat(this.api.post(this.key, "/api/v1/quotes/" + id + "/send", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		return id;
	}

	private JsonNode create(List<Map<String, Object>> lines) {
		ResponseEntity<JsonNode> created = this.api.post(this.key, "/api/v1/quotes",
				Map.of("customerId", this.customer, "lines", lines));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return created.getBody();
	}

	private void addToCart(String sku, String quantity) {
		this.pages.post(this.buyer, "/store/harbor/cart/items", Map.of("sku", sku, "quantity", quantity));
	}

	private String status(String quoteId) {
		return this.jdbc.sql("select status from quote_request where id = ?")
			.param(UUID.fromString(quoteId))
			.query(String.class)
			.single();
	}

	private long number(String quoteId) {
		return this.jdbc.sql("select number from quote_request where id = ?")
			.param(UUID.fromString(quoteId))
			.query(Long.class)
			.single();
	}

	private long count(String table) {
		String companyColumn = "company_id";
		return this.jdbc.sql("quote_request".equals(table) || "orders".equals(table)
				? "select count(*) from " + table + " where " + companyColumn + " = ?"
				: "select count(*) from " + table)
			.param(this.company)
			.query(Long.class)
			.single();
	}

	private List<JsonNode> events() {
		return this.jdbc
			.sql("select payload from outbox_event where company_id = ? and topic = 'order.events' order by seq")
			.param(this.company)
			.query(String.class)
			.list()
			.stream()
			.map(this.json::readTree)
			.toList();
	}

	private String refusal(ResponseEntity<String> redirect) {
		assertThat(redirect.getStatusCode().is3xxRedirection()).as(String.valueOf(redirect.getBody())).isTrue();
		Document next = page(this.pages.follow(
				redirect.getHeaders().getLocation().toString().startsWith("/store") ? this.buyer : this.staff,
				redirect));
		return next.select("#quote-error, #cart-error").text();
	}

	private Document page(String token, String path) {
		ResponseEntity<String> answer = this.pages.get(token, path);
		assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		return Jsoup.parse(answer.getBody());
	}

	private static Document page(ResponseEntity<String> answer) {
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		return Jsoup.parse(answer.getBody());
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

}
