package app.distribu.order.storefront;

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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.distribu.order.FakeUpstreams;
import app.distribu.order.OrderServiceTest;
import app.distribu.order.Pages;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.Mailbox;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

@OrderServiceTest
class StorefrontOrderingTest {

	@Autowired
	FakeUpstreams upstreams;

	static final String SLUG = "harbor";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Pages pages;

	UUID company = UUID.randomUUID();

	UUID contactId = UUID.randomUUID();

	UUID customer = UUID.randomUUID();

	String buyer;

	@BeforeEach
	void setUp() {
		this.pages = new Pages(this.port);
		this.upstreams.customers.put(this.customer, "ACTIVE");
		this.upstreams.standardAddresses(this.customer);
		this.upstreams.customerPrices.put(this.customer, FakeUpstreams.CUSTOMER_PRICE);
		this.buyer = TestTokens.contact(this.company, SLUG, this.contactId, this.customer);
	}

	@Test
	void cartKeepsLinesAcrossSessionsPricedWithTheCustomersPrices() {
		assertThat(addToCart(this.buyer, "WDG-001", "2").getHeaders().getLocation().toString())
			.isEqualTo("/store/harbor/cart");
		addToCart(this.buyer, "WDG-001", "1");
		addToCart(this.buyer, "SHORT-4", "5");

		String nextSession = TestTokens.contact(this.company, SLUG, this.contactId, this.customer);
		Document cart = page(nextSession, "/store/harbor/cart");

		assertThat(cart.select("#cart-lines tbody tr").eachAttr("data-sku")).containsExactly("WDG-001", "SHORT-4");
		assertThat(cart.select("#cart-lines tbody tr").get(0).text()).contains("Product WDG-001", "11.00 EUR",
				"33.00 EUR");
		assertThat(cart.select("#cart-lines tbody tr").get(1).select(".line-problem").text())
			.isEqualTo("Not enough stock for SHORT-4: 3 available, 5 requested.");
		assertThat(cart.select("#to-checkout")).isEmpty();
		JsonNode quote = this.upstreams.quotes.get(this.upstreams.quotes.size() - 1);
		assertThat(quote.path("pricing").asString()).isEqualTo("customer");
		assertThat(quote.path("storefront").asBoolean()).isTrue();
		assertThat(quote.path("customerId").asString()).isEqualTo(this.customer.toString());

		this.pages.post(this.buyer, "/store/harbor/cart/update", Map.of("sku", "SHORT-4", "quantity", "3"));
		this.pages.post(this.buyer, "/store/harbor/cart/remove", Map.of("sku", "WDG-001"));
		ResponseEntity<String> bad = this.pages.post(this.buyer, "/store/harbor/cart/update",
				Map.of("sku", "SHORT-4", "quantity", "lots"));

		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Jsoup.parse(bad.getBody()).select(".line-problem").text())
			.isEqualTo("Quantity must be a whole number from 1 to 1,000,000.");
		Document changed = page(this.buyer, "/store/harbor/cart");
		assertThat(changed.select("#cart-lines tbody tr").eachAttr("data-sku")).containsExactly("SHORT-4");
		assertThat(changed.select("#cart-total").text()).isEqualTo("33.00 EUR");
		assertThat(changed.select("#to-checkout")).hasSize(1);
	}

	@Test
	void aCartBelongsToOneContactAtOneStore() {
		addToCart(this.buyer, "WDG-001", "2");
		String colleague = TestTokens.contact(this.company, SLUG, UUID.randomUUID(), this.customer);
		String elsewhere = TestTokens.contact(UUID.randomUUID(), "quay", this.contactId, this.customer);

		assertThat(page(colleague, "/store/harbor/cart").select("#empty-cart")).hasSize(1);
		ResponseEntity<String> wrongStore = this.pages.get(elsewhere, "/store/harbor/cart");
		assertThat(wrongStore.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(wrongStore.getHeaders().getLocation().toString())
			.isEqualTo("/store/harbor/login?next=%2Fstore%2Fharbor%2Fcart");
		assertThat(addToCart(elsewhere, "GAD-002", "1").getHeaders().getLocation().toString())
			.startsWith("/store/harbor/login");
		String teamMember = TestTokens.user(this.company, UUID.randomUUID(), Role.OWNER);
		assertThat(this.pages.get(teamMember, "/store/harbor/cart").getHeaders().getLocation().toString())
			.startsWith("/store/harbor/login");
		assertThat(this.jdbc.sql("select count(*) from cart_line where company_id = ?")
			.param(this.company)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void placingTheOrderCallsCatalogOnceAndCustomerServiceNotAtAllOnceTheCustomerIsKnown() {
		this.upstreams.revisions.put(this.customer, 1L);
		addToCart(this.buyer, "WDG-001", "2");
		Document checkout = page(this.buyer, "/store/harbor/checkout");
		String shown = checkout.select("input[name=quotedTotal]").attr("value");
		int quotes = this.upstreams.quotes.size();
		int reservations = this.upstreams.reservations.size();
		long lookups = this.upstreams.customerLookups.stream().filter(this.customer::equals).count();

		ResponseEntity<String> placed = this.pages.post(this.buyer, "/store/harbor/checkout", Map
			.of("shippingAddressId", FakeUpstreams.addressId(this.customer, "depot").toString(), "quotedTotal", shown));

		assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(this.upstreams.quotes).as("no separate price quote").hasSize(quotes);
		assertThat(this.upstreams.reservations).as("one reservation, which prices").hasSize(reservations + 1);
		assertThat(this.upstreams.customerLookups.stream().filter(this.customer::equals).count())
			.as("the account and the order come from the read model the checkout page filled")
			.isEqualTo(lookups);
		assertThat(this.jdbc.sql("select ship_line1 || ' ' || total from orders where company_id = ?")
			.param(this.company)
			.query(String.class)
			.single()).isEqualTo("9 Depot Road 22.00");
	}

	@Test
	void checkoutPlacesAStorefrontOrderToTheChosenAddressAndShowsItInHistory() {
		addToCart(this.buyer, "WDG-001", "2");
		addToCart(this.buyer, "GAD-002", "1");

		Document checkout = page(this.buyer, "/store/harbor/checkout");
		assertThat(checkout.select("#checkout-total").text()).isEqualTo("33.00 EUR");
		assertThat(checkout.select("input[name=shippingAddressId]").eachAttr("value")).hasSize(3).endsWith("new");
		assertThat(checkout.select("input[name=shippingAddressId][checked]").attr("value"))
			.isEqualTo(FakeUpstreams.addressId(this.customer, "main").toString());

		ResponseEntity<String> placed = this.pages.post(this.buyer, "/store/harbor/checkout",
				Map.of("shippingAddressId", FakeUpstreams.addressId(this.customer, "depot").toString(), "poNumber",
						"PO-STORE-1", "notes", "Back door", "quotedTotal", "33.00"));

		assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		String location = placed.getHeaders().getLocation().toString();
		assertThat(location).startsWith("/store/harbor/orders/").endsWith("?placed");
		Document confirmation = page(this.buyer, location);
		assertThat(confirmation.select("#placed").text()).contains("Thank you! Order #1 is placed.");
		assertThat(confirmation.select("#lines tbody tr")).hasSize(2);
		assertThat(confirmation.select("#po-number").text()).isEqualTo("PO-STORE-1");
		Map<String, Object> stored = this.jdbc
			.sql("select source, customer_id, po_number from orders where company_id = ?")
			.param(this.company)
			.query()
			.singleRow();
		assertThat(stored).containsEntry("source", "STOREFRONT")
			.containsEntry("customer_id", this.customer)
			.containsEntry("po_number", "PO-STORE-1");
		String orderId = location.substring("/store/harbor/orders/".length(), location.indexOf('?'));
		assertThat(this.upstreams.reservations.stream()
			.filter((r) -> r.path("orderId").asString().equals(orderId))
			.map((r) -> r.path("source").asString())).containsExactly("STOREFRONT");
		assertThat(page(this.buyer, "/store/harbor/cart").select("#empty-cart")).hasSize(1);

		Document history = page(this.buyer, "/store/harbor/orders");
		assertThat(history.select("#store-orders tbody tr td:first-child").eachText()).containsExactly("#1");

		UUID otherCustomer = this.upstreams.activeCustomer();
		String stranger = TestTokens.contact(this.company, SLUG, UUID.randomUUID(), otherCustomer);
		assertThat(page(stranger, "/store/harbor/orders").select("#store-orders")).isEmpty();
		ResponseEntity<String> notTheirs = this.pages.get(stranger, "/store/harbor/orders/" + orderId);
		assertThat(notTheirs.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(Jsoup.parse(notTheirs.getBody()).select("a.button").attr("href")).as("a buyer's way back")
			.isEqualTo("/store/harbor");
		assertThat(this.pages.post(stranger, "/store/harbor/orders/" + orderId + "/reorder", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		this.pages.post(this.buyer, "/store/harbor/orders/" + orderId + "/reorder", Map.of());
		assertThat(page(this.buyer, "/store/harbor/cart").select("#cart-lines tbody tr").eachAttr("data-sku"))
			.containsExactly("WDG-001", "GAD-002");
	}

	@Test
	void theBuyerIsMailedTheConfirmationAndEachStatusChangeOnce() {
		addToCart(this.buyer, "WDG-001", "2");
		String location = this.pages.post(this.buyer, "/store/harbor/checkout",
				Map.of("shippingAddressId", FakeUpstreams.addressId(this.customer, "depot").toString(), "poNumber",
						"PO-MAIL-1", "quotedTotal", "22.00"))
			.getHeaders()
			.getLocation()
			.toString();
		String orderId = location.substring("/store/harbor/orders/".length(), location.indexOf('?'));
		String email = "buyer-" + this.contactId + "@example.test";

		Mailbox.Mail confirmation = Mailbox.await(email, "Your order #");
		assertThat(confirmation.subject()).matches("Your order #\\d+ at Test Company");
		assertThat(confirmation.text()).contains("Hello Test Buyer,", "Test Company received order #",
				"View your order: http://localhost:8080/store/harbor/orders/" + orderId,
				"2 x Product WDG-001 (WDG-001) at 11.00  22.00", "Total: 22.00 EUR", "PO number: PO-MAIL-1",
				"Deliver to:", "Test Company · wholesale ordering by Distribu");
		assertThat(confirmation.html()).contains("href=\"http://localhost:8080/store/harbor/orders/" + orderId + "\"",
				"Product WDG-001", "22.00 EUR");

		String owner = TestTokens.user(this.company, UUID.randomUUID(), Role.OWNER);
		this.pages.get(owner, "/dashboard/orders/" + orderId);
		for (String status : List.of("CONFIRMED", "SHIPPED", "SHIPPED", "SUBMITTED", "CANCELLED")) {
			assertThat(this.pages.post(owner, "/dashboard/orders/" + orderId + "/status", Map.of("status", status))
				.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		}

		Mailbox.await(email, "was cancelled");
		assertThat(Mailbox.to(email)).extracting(Mailbox.Mail::subject)
			.containsExactly(confirmation.subject(), confirmation.subject() + " is confirmed",
					confirmation.subject() + " has shipped", confirmation.subject() + " was cancelled");
		assertThat(Mailbox.await(email, "has shipped").text()).contains("has shipped and is on its way",
				"View your order: http://localhost:8080/store/harbor/orders/" + orderId);
	}

	@Test
	void checkoutToANewAddressSavesItToTheCustomer() {
		this.upstreams.addresses.remove(this.customer);
		addToCart(this.buyer, "WDG-001", "1");

		Document checkout = page(this.buyer, "/store/harbor/checkout");
		assertThat(checkout.select("input[name=shippingAddressId][type=radio]")).isEmpty();
		assertThat(checkout.select("input[name=shippingAddressId][type=hidden]").attr("value")).isEqualTo("new");
		ResponseEntity<String> incomplete = this.pages.post(this.buyer, "/store/harbor/checkout",
				Map.of("shippingAddressId", "new", "line1", "5 Quay Road", "postalCode", "3011 BB", "country", "NL",
						"notes", "Loading dock"));
		assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		Document refused = Jsoup.parse(incomplete.getBody());
		assertThat(refused.select("#new-address .field-error").eachText()).containsExactly("Enter the city.");
		assertThat(refused.select("input[name=line1]").attr("value")).isEqualTo("5 Quay Road");
		assertThat(refused.select("textarea[name=notes]").text()).isEqualTo("Loading dock");
		assertThat(this.upstreams.addresses.getOrDefault(this.customer, List.of())).isEmpty();

		ResponseEntity<String> placed = this.pages.post(this.buyer, "/store/harbor/checkout",
				Map.of("shippingAddressId", "new", "line1", "5 Quay Road", "postalCode", "3011 BB", "city", "Rotterdam",
						"country", "NL"));

		assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.FOUND);
		assertThat(this.upstreams.addresses.get(this.customer)).hasSize(1);
		String savedId = this.upstreams.addresses.get(this.customer).get(0).path("id").asString();
		assertThat(this.jdbc.sql("select ship_address_id, ship_line1 from orders where company_id = ?")
			.param(this.company)
			.query()
			.singleRow()).containsEntry("ship_address_id", UUID.fromString(savedId))
			.containsEntry("ship_line1", "5 Quay Road");

		addToCart(this.buyer, "WDG-001", "1");
		Document next = page(this.buyer, "/store/harbor/checkout");
		assertThat(next.select("input[name=shippingAddressId][checked]").attr("value")).as("offered next time")
			.isEqualTo(savedId);
		this.pages.post(this.buyer, "/store/harbor/checkout", Map.of("shippingAddressId", "new", "line1", "5 Quay Road",
				"postalCode", "3011 BB", "city", "Rotterdam", "country", "NL"));
		assertThat(this.upstreams.addresses.get(this.customer)).as("the same address is not saved twice").hasSize(1);
	}

	@Test
	void checkoutRefusalsAreShownAndNothingIsOrdered() {
		addToCart(this.buyer, "WDG-001", "1");

		ResponseEntity<String> noAddress = this.pages.post(this.buyer, "/store/harbor/checkout",
				Map.of("shippingAddressId", UUID.randomUUID().toString()));
		assertThat(noAddress.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Jsoup.parse(noAddress.getBody()).select("#checkout-error").text())
			.isEqualTo("Choose a delivery address.");

		ResponseEntity<String> repriced = this.pages.post(this.buyer, "/store/harbor/checkout", Map
			.of("shippingAddressId", FakeUpstreams.addressId(this.customer, "main").toString(), "quotedTotal", "9.99"));
		assertThat(Jsoup.parse(repriced.getBody()).select("#checkout-error").text())
			.startsWith("Prices changed since you opened checkout.");

		addToCart(this.buyer, "UNKNOWN-1", "1");
		ResponseEntity<String> unknown = this.pages.post(this.buyer, "/store/harbor/checkout",
				Map.of("shippingAddressId", FakeUpstreams.addressId(this.customer, "main").toString()));
		Document unknownPage = Jsoup.parse(unknown.getBody());
		assertThat(unknownPage.select("tr[data-sku=UNKNOWN-1] .line-problem").text())
			.isEqualTo("Unknown SKU: UNKNOWN-1.");
		this.pages.post(this.buyer, "/store/harbor/cart/remove", Map.of("sku", "UNKNOWN-1"));

		this.upstreams.customers.put(this.customer, "BLOCKED");
		Document blockedCheckout = page(this.buyer, "/store/harbor/checkout");
		assertThat(blockedCheckout.select("#blocked").text()).startsWith("Your account is on hold");
		assertThat(blockedCheckout.select("#place-order").hasAttr("disabled")).isTrue();
		ResponseEntity<String> blocked = this.pages.post(this.buyer, "/store/harbor/checkout",
				Map.of("shippingAddressId", FakeUpstreams.addressId(this.customer, "main").toString()));
		assertThat(blocked.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);

		assertThat(this.jdbc.sql("select count(*) from orders where company_id = ?")
			.param(this.company)
			.query(Integer.class)
			.single()).isZero();
		assertThat(page(this.buyer, "/store/harbor/cart").select("#cart-lines tbody tr")).hasSize(1);
	}

	@Test
	void stockTakenBeforeSubmitIsShownOnItsLine() {
		this.upstreams.customers.put(this.customer, "ACTIVE");
		addToCart(this.buyer, "SHORT-2", "3");
		addToCart(this.buyer, "WDG-001", "1");
		// The quote still sees 3 in stock; the reservation (someone ordered first)
		// refuses.
		this.upstreams.refuseNextReservation("Not enough stock for SHORT-2: 1 available, 3 requested.");

		ResponseEntity<String> refused = this.pages.post(this.buyer, "/store/harbor/checkout",
				Map.of("shippingAddressId", FakeUpstreams.addressId(this.customer, "main").toString()));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Jsoup.parse(refused.getBody()).select("tr[data-sku=SHORT-2] .line-problem").text())
			.isEqualTo("Not enough stock for SHORT-2: 1 available, 3 requested.");
		assertThat(page(this.buyer, "/store/harbor/cart").select("#cart-lines tbody tr")).hasSize(2);
	}

	@Test
	void quickOrderAddsTheGoodLinesAndExplainsTheOthers() {
		ResponseEntity<String> quick = this.pages.post(this.buyer, "/store/harbor/cart/quick",
				Map.of("lines", "WDG-001,3\nsome words\nUNKNOWN-7, 2\n\nGAD-002;1\n"));
		assertThat(quick.getHeaders().getLocation().toString()).isEqualTo("/store/harbor/cart");

		Document page = Jsoup.parse(this.pages.follow(this.buyer, quick).getBody());
		assertThat(page.select("#quick-order .alert.success").text()).isEqualTo("2 lines added to your cart.");
		assertThat(page.select("#quick-errors li").eachText()).containsExactly(
				"Line 2: \"some words\": write the SKU, a comma and a quantity from 1 to 1,000,000, like WDG-001,5.",
				"Line 3: Unknown SKU: UNKNOWN-7.");
		assertThat(page.select("textarea[name=lines]").text()).contains("UNKNOWN-7,2", "some words");
		assertThat(page.select("#cart-lines tbody tr").eachAttr("data-sku")).containsExactly("WDG-001", "GAD-002");
		assertThat(List.of(page.select("#cart-total").text())).containsExactly("44.00 EUR");
		Document reloaded = page(this.buyer, "/store/harbor/cart");
		assertThat(reloaded.select("#quick-errors")).as("the report was shown once").isEmpty();
		assertThat(reloaded.select("#cart-total").text()).as("a reload adds nothing").isEqualTo("44.00 EUR");
	}

	@Test
	void aVisitorsAddToCartWaitsThroughTheSignInAndJoinsTheCart() {
		ResponseEntity<String> kept = this.pages.postAnonymously("/store/harbor/cart/items",
				Map.of("sku", "WDG-001", "quantity", "4"));
		assertThat(kept.getHeaders().getLocation().toString())
			.isEqualTo("/store/harbor/login?kept&next=%2Fstore%2Fharbor%2Fcart");
		String cookie = kept.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
		assertThat(cookie).startsWith("DISTRIBU_PENDING_CART=").contains("Path=/store/harbor", "HttpOnly");
		String pending = cookie.substring(0, cookie.indexOf(';'));
		assertThat(this.pages.getWithCookie(null, "/store/harbor/cart/count", pending).getBody())
			.isEqualTo("{\"count\":1}");

		addToCart(this.buyer, "GAD-002", "1");
		assertThat(this.pages.getWithCookie(this.buyer, "/store/harbor/cart/count", pending).getBody())
			.isEqualTo("{\"count\":2}");
		ResponseEntity<String> cart = this.pages.getWithCookie(this.buyer, "/store/harbor/cart", pending);
		Document page = Jsoup.parse(cart.getBody());
		assertThat(page.select("#cart-notice").text())
			.isEqualTo("The product you chose before signing in is in your cart.");
		assertThat(page.select("#cart-lines tbody tr").eachAttr("data-sku")).containsExactly("GAD-002", "WDG-001");
		assertThat(page.select("#cart-count").text()).isEqualTo("2");
		assertThat(cart.getHeaders().getFirst(HttpHeaders.SET_COOKIE)).startsWith("DISTRIBU_PENDING_CART=;")
			.contains("Max-Age=0");
		assertThat(this.pages.get(null, "/store/harbor/cart/count").getBody()).isEqualTo("{\"count\":0}");
	}

	private ResponseEntity<String> addToCart(String token, String sku, String quantity) {
		return this.pages.post(token, "/store/harbor/cart/items", Map.of("sku", sku, "quantity", quantity));
	}

	private Document page(String token, String path) {
		ResponseEntity<String> response = this.pages.get(token, path);
		assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		return Jsoup.parse(response.getBody());
	}

}
