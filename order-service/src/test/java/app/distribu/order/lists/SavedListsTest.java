package app.distribu.order.lists;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.distribu.order.FakeUpstreams;
import app.distribu.order.OrderServiceTest;
import app.distribu.order.OrdersApi;
import app.distribu.order.Pages;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

@OrderServiceTest
class SavedListsTest {

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

	String buyer;

	String staff;

	@BeforeEach
	void setUp() {
		this.pages = new Pages(this.port);
		this.api = new OrdersApi(this.port);
		this.upstreams.customers.put(this.customer, "ACTIVE");
		this.upstreams.customerPrices.put(this.customer, FakeUpstreams.CUSTOMER_PRICE);
		this.buyer = TestTokens.contact(this.company, SLUG, UUID.randomUUID(), this.customer);
		this.staff = TestTokens.user(this.company, UUID.randomUUID(), Role.MEMBER);
	}

	@Test
	void aBuyerKeepsANamedListFilledFromTheCatalogAndOrdersItInOneStep() {
		String list = createList(this.buyer, "Monday order");
		ResponseEntity<String> added = addToList(this.buyer, list, "WDG-001", "2");
		assertThat(added.getHeaders().getLocation().toString()).isEqualTo("/store/harbor/lists/" + list);
		assertThat(page(this.pages.follow(this.buyer, added)).select("#list-notice").text())
			.isEqualTo("Added WDG-001 × 2 to \"Monday order\".");
		addToList(this.buyer, list, "WDG-001", "1");
		addToList(this.buyer, list, "GAD-002", "4");
		addToList(this.buyer, list, "UNKNOWN-9", "1");
		addToList(this.buyer, list, "SHORT-5", "5");

		Document shown = page(this.buyer, "/store/harbor/lists/" + list);
		assertThat(shown.select("#list-lines tbody tr").eachAttr("data-sku")).containsExactly("WDG-001", "GAD-002",
				"UNKNOWN-9", "SHORT-5");
		assertThat(shown.select("#list-lines tbody tr").get(0).text()).contains("Product WDG-001", "11.00 EUR",
				"33.00 EUR");
		assertThat(shown.select("#list-lines tbody tr").get(2).select(".line-problem").text())
			.isEqualTo("No longer available.");
		assertThat(shown.select("#list-total").text()).isEqualTo("77.00 EUR");
		this.pages.post(this.buyer, "/store/harbor/lists/" + list + "/lines/update",
				Map.of("sku", "GAD-002", "quantity", "3"));

		ResponseEntity<String> ordered = this.pages.post(this.buyer, "/store/harbor/lists/" + list + "/to-cart",
				Map.of());
		assertThat(ordered.getHeaders().getLocation().toString()).isEqualTo("/store/harbor/cart");
		Document cart = page(this.pages.follow(this.buyer, ordered));
		assertThat(cart.select("#cart-notice").text()).isEqualTo("\"Monday order\": 2 products added to your cart.");
		assertThat(cart.select("#cart-error").text()).isEqualTo(
				"Not added: UNKNOWN-9 is no longer available; Not enough stock for SHORT-5: 3 available, 5 requested.");
		assertThat(cart.select("#cart-lines tbody tr").eachAttr("data-sku")).containsExactly("WDG-001", "GAD-002");
		assertThat(cart.select("#cart-total").text()).isEqualTo("66.00 EUR");
		JsonNode quote = this.upstreams.quotes.get(this.upstreams.quotes.size() - 1);
		assertThat(quote.path("pricing").asString()).isEqualTo("customer");
		assertThat(quote.path("storefront").asBoolean()).isTrue();

		this.pages.post(this.buyer, "/store/harbor/lists/" + list + "/lines/update",
				Map.of("sku", "SHORT-5", "quantity", "0"));
		this.pages.post(this.buyer, "/store/harbor/lists/" + list + "/lines/remove", Map.of("sku", "UNKNOWN-9"));
		assertThat(page(this.buyer, "/store/harbor/lists/" + list).select("#list-lines tbody tr").eachAttr("data-sku"))
			.containsExactly("WDG-001", "GAD-002");
	}

	@Test
	void badInputIsRefusedWithAReadableMessageAndWritesNothing() {
		String list = createList(this.buyer, "Monday order");

		assertThat(refusal(this.pages.post(this.buyer, "/store/harbor/lists", Map.of("name", "  "))))
			.isEqualTo("Give the list a name.");
		assertThat(refusal(this.pages.post(this.buyer, "/store/harbor/lists", Map.of("name", " monday ORDER "))))
			.isEqualTo("A list named \"monday ORDER\" already exists. Choose another name.");
		assertThat(refusal(this.pages.post(this.buyer, "/store/harbor/lists", Map.of("name", "x".repeat(81)))))
			.isEqualTo("A list name has at most 80 characters.");
		for (String quantity : List.of("0", "-1", "lots", "1000001")) {
			assertThat(refusal(addToList(this.buyer, list, "WDG-001", quantity)))
				.isEqualTo("Quantity must be a whole number from 1 to 1,000,000.");
		}
		assertThat(refusal(addToList(this.buyer, list, " ", "1"))).isEqualTo("Choose a product (a SKU) to add.");
		assertThat(refusal(this.pages.post(this.buyer, "/store/harbor/lists/" + list + "/to-cart", Map.of())))
			.isEqualTo("This list is empty. Add products from the catalog first.");
		assertThat(count("saved_list")).isEqualTo(1);
		assertThat(count("saved_list_line")).isZero();

		List<Map<String, Object>> lines = new ArrayList<>();
		for (int i = 0; i < SavedLists.MAX_LINES; i++) {
			lines.add(OrdersApi.line("SKU-" + i, 1));
		}
		assertThat(this.api.patch(this.staff, "/api/v1/lists/" + list, Map.of("lines", lines)).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(refusal(addToList(this.buyer, list, "ONE-MORE", "1")))
			.isEqualTo("A list holds at most 200 products. Remove one to make room.");
		lines.add(OrdersApi.line("ONE-MORE", 1));
		ResponseEntity<JsonNode> tooMany = this.api.patch(this.staff, "/api/v1/lists/" + list, Map.of("lines", lines));
		assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(count("saved_list_line")).isEqualTo(SavedLists.MAX_LINES);
	}

	@Test
	void staffShareAListThatBuyersOrderAndCopyButDoNotChange() {
		String buyersOwn = createList(this.buyer, "Monday order");
		addToList(this.buyer, buyersOwn, "WDG-001", "2");
		ResponseEntity<String> shared = this.pages.post(this.staff, "/dashboard/customers/" + this.customer + "/lists",
				Map.of("name", "Weekly essentials"));
		assertThat(shared.getHeaders().getLocation().toString())
			.isEqualTo("/dashboard/customers/" + this.customer + "/lists");
		String sharedId = listId("Weekly essentials");
		this.pages.post(this.staff, "/dashboard/customers/" + this.customer + "/lists/" + sharedId + "/lines",
				Map.of("sku", "GAD-002", "quantity", "6"));

		Document dashboard = page(this.staff, "/dashboard/customers/" + this.customer + "/lists");
		assertThat(dashboard.select(".customer-list").eachAttr("data-name")).containsExactly("Monday order",
				"Weekly essentials");
		assertThat(dashboard.select(".customer-list[data-name=Weekly essentials]").text()).contains("Shared by you",
				"GAD-002", "6");
		assertThat(dashboard.select(".customer-list[data-name=Weekly essentials] tr[data-sku=GAD-002]").text())
			.as("staff see the product's name and the customer's storefront price now")
			.contains("Product GAD-002", "11.00 EUR", "66.00 EUR");
		assertThat(dashboard.select(".customer-list[data-name=Monday order] .list-total").text())
			.isEqualTo("22.00 EUR");
		assertThat(dashboard.select(".customer-list[data-name=Monday order] form")).isEmpty();
		ResponseEntity<String> staffOnBuyersList = this.pages.post(this.staff,
				"/dashboard/customers/" + this.customer + "/lists/" + buyersOwn + "/lines",
				Map.of("sku", "X-1", "quantity", "1"));
		assertThat(staffOnBuyersList.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);

		Document lists = page(this.buyer, "/store/harbor/lists");
		assertThat(lists.select("#lists tbody tr").eachAttr("data-name")).containsExactly("Monday order",
				"Weekly essentials");
		Document sharedPage = page(this.buyer, "/store/harbor/lists/" + sharedId);
		assertThat(sharedPage.select("#shared-badge").text()).isEqualTo("Shared by Test Company");
		assertThat(sharedPage.select("#list-lines form")).isEmpty();
		assertThat(sharedPage.select("#list-settings")).isEmpty();
		ResponseEntity<String> forged = this.pages.post(this.buyer, "/store/harbor/lists/" + sharedId + "/delete",
				Map.of());
		assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Jsoup.parse(forged.getBody()).text())
			.contains("This list is shared by Test Company. Copy it to make a list you can change.");

		ResponseEntity<String> copied = this.pages.post(this.buyer, "/store/harbor/lists/" + sharedId + "/copy",
				Map.of());
		assertThat(page(this.pages.follow(this.buyer, copied)).select("#list-notice").text())
			.isEqualTo("Copied to your list \"Weekly essentials (copy)\".");
		this.pages.post(this.buyer, "/store/harbor/lists/" + sharedId + "/copy", Map.of());
		assertThat(names()).containsExactlyInAnyOrder("Monday order", "Weekly essentials", "Weekly essentials (copy)",
				"Weekly essentials (copy 2)");

		ResponseEntity<String> toCart = this.pages.post(this.buyer, "/store/harbor/lists/" + sharedId + "/to-cart",
				Map.of());
		assertThat(page(this.pages.follow(this.buyer, toCart)).select("#cart-lines tbody tr").eachAttr("data-sku"))
			.containsExactly("GAD-002");
	}

	@Test
	void oneCustomersListsAreNeverSeenOrChangedByAnotherCustomerOrCompany() {
		String list = createList(this.buyer, "Monday order");
		addToList(this.buyer, list, "WDG-001", "2");
		UUID otherCustomer = UUID.randomUUID();
		this.upstreams.customers.put(otherCustomer, "ACTIVE");
		String neighbour = TestTokens.contact(this.company, SLUG, UUID.randomUUID(), otherCustomer);
		UUID otherCompany = UUID.randomUUID();
		String elsewhere = TestTokens.contact(otherCompany, "quay", UUID.randomUUID(), this.customer);
		String otherStaff = TestTokens.user(otherCompany, UUID.randomUUID(), Role.OWNER);
		String otherKey = TestTokens.apiKey(otherCompany, "orders:read", "orders:write");

		assertThat(page(neighbour, "/store/harbor/lists").select("#no-lists")).hasSize(1);
		for (String path : List.of("/store/harbor/lists/" + list, "/store/harbor/lists/" + list + "/to-cart")) {
			ResponseEntity<String> answer = path.endsWith("to-cart") ? this.pages.post(neighbour, path, Map.of())
					: this.pages.get(neighbour, path);
			assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		}
		for (String action : List.of("/delete", "/rename", "/lines/remove", "/lines/update", "/copy")) {
			assertThat(this.pages
				.post(neighbour, "/store/harbor/lists/" + list + action,
						Map.of("name", "Mine", "sku", "WDG-001", "quantity", "9"))
				.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		}
		assertThat(this.pages
			.post(neighbour, "/store/harbor/lists/add", Map.of("list", list, "sku", "GAD-002", "quantity", "1"))
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.pages.get(elsewhere, "/store/harbor/lists/" + list).getHeaders().getLocation().toString())
			.startsWith("/store/harbor/login?next=");
		// The fake customer-service answers for any company; the lists are filtered by
		// ours.
		assertThat(page(otherStaff, "/dashboard/customers/" + this.customer + "/lists").select("#no-lists")).hasSize(1);
		assertThat(this.pages
			.post(otherStaff, "/dashboard/customers/" + this.customer + "/lists/" + list + "/delete", Map.of())
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.get(otherKey, "/api/v1/lists/" + list).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.get(otherKey, "/api/v1/lists").getBody().path("data").size()).isZero();
		assertThat(this.api.patch(otherKey, "/api/v1/lists/" + list, Map.of("name", "Taken")).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.delete(otherKey, "/api/v1/lists/" + list).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

		Document mine = page(this.buyer, "/store/harbor/lists/" + list);
		assertThat(mine.select("#list-name").text()).isEqualTo("Monday order");
		assertThat(mine.select("#list-lines tbody tr").eachAttr("data-sku")).containsExactly("WDG-001");
		assertThat(mine.select("#list-lines tbody tr input[name=quantity]").attr("value")).isEqualTo("2");
	}

	@Test
	void partnersManageListsThroughTheApi() {
		String key = TestTokens.apiKey(this.company, "orders:read", "orders:write");
		ResponseEntity<JsonNode> created = this.api.post(key, "/api/v1/lists", Map.of("customerId",
				this.customer.toString(), "name", "Standing order", "lines",
				List.of(OrdersApi.line(" WDG-001 ", 2), OrdersApi.line("GAD-002", 1), OrdersApi.line("WDG-001", 3))));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode list = created.getBody();
		assertThat(list.path("shared").asBoolean()).isTrue();
		assertThat(list.path("customerId").asString()).isEqualTo(this.customer.toString());
		assertThat(list.path("lines").toString())
			.isEqualTo("[{\"sku\":\"WDG-001\",\"quantity\":5},{\"sku\":\"GAD-002\",\"quantity\":1}]");
		String id = list.path("id").asString();

		assertThat(this.api
			.post(key, "/api/v1/lists", Map.of("customerId", this.customer.toString(), "name", "standing ORDER"))
			.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		ResponseEntity<JsonNode> unknown = this.api.post(key, "/api/v1/lists",
				Map.of("customerId", UUID.randomUUID().toString(), "name", "X"));
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(unknown.getBody().path("detail").asString()).isEqualTo("Unknown customer");
		ResponseEntity<JsonNode> invalid = this.api.post(key, "/api/v1/lists",
				Map.of("name", "", "lines", List.of(OrdersApi.line("WDG-001", 0))));
		assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(invalid.getBody().toString()).contains("customerId is required.", "name is required.",
				"quantity must be at least 1.");

		ResponseEntity<JsonNode> patched = this.api.patch(key, "/api/v1/lists/" + id,
				Map.of("name", "Friday order", "lines", List.of(OrdersApi.line("GAD-002", 7))));
		assertThat(patched.getBody().path("name").asString()).isEqualTo("Friday order");
		assertThat(patched.getBody().path("lines").toString()).isEqualTo("[{\"sku\":\"GAD-002\",\"quantity\":7}]");
		ResponseEntity<JsonNode> line = this.api.post(key, "/api/v1/lists/" + id + "/lines",
				Map.of("sku", "GAD-002", "quantity", 3));
		assertThat(line.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(line.getBody().path("lines").get(0).path("quantity").asInt()).isEqualTo(10);

		this.api.post(key, "/api/v1/lists", Map.of("customerId", this.customer.toString(), "name", "Second"));
		UUID other = UUID.randomUUID();
		this.upstreams.customers.put(other, "ACTIVE");
		this.api.post(key, "/api/v1/lists", Map.of("customerId", other.toString(), "name", "Theirs"));
		JsonNode first = this.api.get(key, "/api/v1/lists?limit=1&customerId=" + this.customer).getBody();
		assertThat(first.path("hasMore").asBoolean()).isTrue();
		assertThat(first.path("data").get(0).path("name").asString()).isEqualTo("Friday order");
		JsonNode second = this.api
			.get(key,
					"/api/v1/lists?limit=1&customerId=" + this.customer + "&cursor="
							+ first.path("nextCursor").asString())
			.getBody();
		assertThat(second.path("data").get(0).path("name").asString()).isEqualTo("Second");
		assertThat(second.path("hasMore").asBoolean()).isFalse();
		assertThat(this.api.get(key, "/api/v1/lists").getBody().path("data").size()).isEqualTo(3);

		String readOnly = TestTokens.apiKey(this.company, "orders:read");
		assertThat(this.api.delete(readOnly, "/api/v1/lists/" + id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.get(this.buyer, "/api/v1/lists").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.delete(key, "/api/v1/lists/" + id).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.api.get(key, "/api/v1/lists/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void parallelRequestsKeepNamesUniqueAndTheLineLimitExact() throws Exception {
		String key = TestTokens.apiKey(this.company, "orders:read", "orders:write");
		List<Callable<HttpStatusCode>> creates = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			creates.add(() -> this.api
				.post(key, "/api/v1/lists", Map.of("customerId", this.customer.toString(), "name", "Rush order"))
				.getStatusCode());
		}
		assertThat(all(creates)).containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT, HttpStatus.CONFLICT,
				HttpStatus.CONFLICT, HttpStatus.CONFLICT, HttpStatus.CONFLICT, HttpStatus.CONFLICT,
				HttpStatus.CONFLICT);

		String list = listId("Rush order");
		List<Map<String, Object>> lines = new ArrayList<>();
		for (int i = 0; i < SavedLists.MAX_LINES - 1; i++) {
			lines.add(OrdersApi.line("SKU-" + i, 1));
		}
		this.api.patch(key, "/api/v1/lists/" + list, Map.of("lines", lines));
		List<Callable<HttpStatusCode>> adds = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String sku = "LAST-" + i;
			adds.add(() -> this.api.post(key, "/api/v1/lists/" + list + "/lines", Map.of("sku", sku, "quantity", 1))
				.getStatusCode());
		}
		List<HttpStatusCode> added = all(adds);
		assertThat(added).filteredOn(HttpStatus.OK::equals).hasSize(1);
		assertThat(added).filteredOn(HttpStatus.UNPROCESSABLE_CONTENT::equals).hasSize(7);
		assertThat(count("saved_list_line")).isEqualTo(SavedLists.MAX_LINES);
	}

	@Test
	void apiPostsRetriedWithTheirIdempotencyKeyChangeTheListOnce() throws Exception {
		String key = TestTokens.apiKey(this.company, "orders:read", "orders:write");
		Map<String, Object> newList = Map.of("customerId", this.customer.toString(), "name", "Retried order");
		ResponseEntity<JsonNode> created = this.api.post(key, "/api/v1/lists", newList,
				Map.of("Idempotency-Key", "list-1"));
		ResponseEntity<JsonNode> again = this.api.post(key, "/api/v1/lists", newList,
				Map.of("Idempotency-Key", "list-1"));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(again.getStatusCode()).as("a retry answers the first response, not a 409")
			.isEqualTo(HttpStatus.CREATED);
		assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(again.getBody().path("id")).isEqualTo(created.getBody().path("id"));
		assertThat(count("saved_list")).isEqualTo(1);
		String list = created.getBody().path("id").asString();

		List<Callable<HttpStatusCode>> retries = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			retries.add(
					() -> this.api
						.post(key, "/api/v1/lists/" + list + "/lines", Map.of("sku", "WDG-001", "quantity", 2),
								Map.of("Idempotency-Key", "add-2"))
						.getStatusCode());
		}
		assertThat(all(retries)).containsOnly(HttpStatus.OK);
		assertThat(quantityOf(list, "WDG-001")).as("six parallel retries of one add add once").isEqualTo(2);
		assertThat(this.api
			.post(key, "/api/v1/lists/" + list + "/lines", Map.of("sku", "WDG-001", "quantity", 2),
					Map.of("Idempotency-Key", "add-2-more"))
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(quantityOf(list, "WDG-001")).as("a new key is a new add").isEqualTo(4);

		ResponseEntity<JsonNode> reused = this.api.post(key, "/api/v1/lists/" + list + "/lines",
				Map.of("sku", "GAD-002", "quantity", 1), Map.of("Idempotency-Key", "add-2"));
		assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(reused.getBody().path("detail").asString()).isEqualTo(
				"This Idempotency-Key was already used with a different request body. Use a new key for a new request.");
		ResponseEntity<JsonNode> bad = this.api.post(key, "/api/v1/lists/" + list + "/lines",
				Map.of("sku", "GAD-002", "quantity", 1), Map.of("Idempotency-Key", "no spaces allowed"));
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(count("saved_list_line")).isEqualTo(1);
	}

	private int quantityOf(String list, String sku) {
		return this.jdbc.sql("select quantity from saved_list_line where list_id = ? and sku = ?")
			.params(UUID.fromString(list), sku)
			.query(Integer.class)
			.single();
	}

	private static List<HttpStatusCode> all(List<Callable<HttpStatusCode>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			List<HttpStatusCode> statuses = new ArrayList<>();
			for (Future<HttpStatusCode> answer : pool.invokeAll(calls)) {
				statuses.add(answer.get());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void addToListFromAProductAsksWhichListAndSignsAVisitorInFirst() {
		ResponseEntity<String> visitor = this.pages.get(null, "/store/harbor/lists/add?sku=WDG-001&quantity=6");
		assertThat(visitor.getHeaders().getLocation().toString())
			.isEqualTo("/store/harbor/login?next=%2Fstore%2Fharbor%2Flists%2Fadd%3Fsku%3DWDG-001%26quantity%3D6");

		Document chooser = page(this.buyer, "/store/harbor/lists/add?sku=WDG-001&quantity=6");
		assertThat(chooser.select("#add-to-list strong").text()).isEqualTo("Product WDG-001");
		assertThat(chooser.select("input[name=list]").eachAttr("value")).containsExactly("new");
		ResponseEntity<String> made = this.pages.post(this.buyer, "/store/harbor/lists/add",
				Map.of("sku", "WDG-001", "quantity", "6", "list", "new", "name", "Bar stock"));
		assertThat(page(this.pages.follow(this.buyer, made)).select("#list-lines tbody tr").eachAttr("data-sku"))
			.containsExactly("WDG-001");

		ResponseEntity<String> refused = this.pages.post(this.buyer, "/store/harbor/lists/add",
				Map.of("sku", "GAD-002", "quantity", "1", "list", "new", "name", "bar STOCK"));
		assertThat(refused.getHeaders().getLocation().toString())
			.isEqualTo("/store/harbor/lists/add?sku=GAD-002&quantity=1");
		Document again = page(this.pages.follow(this.buyer, refused));
		assertThat(again.select("#add-error").text())
			.isEqualTo("A list named \"bar STOCK\" already exists. Choose another name.");
		assertThat(again.select("input[name=list]")).hasSize(2);
	}

	private String createList(String token, String name) {
		ResponseEntity<String> created = this.pages.post(token, "/store/harbor/lists", Map.of("name", name));
		String location = created.getHeaders().getLocation().toString();
		assertThat(location).startsWith("/store/harbor/lists/");
		return location.substring("/store/harbor/lists/".length());
	}

	private ResponseEntity<String> addToList(String token, String list, String sku, String quantity) {
		return this.pages.post(token, "/store/harbor/lists/add",
				Map.of("list", list, "sku", sku, "quantity", quantity));
	}

	/** The message a refused form shows on the page it leads back to. */
	private String refusal(ResponseEntity<String> redirect) {
		Document next = page(this.pages.follow(this.buyer, redirect));
		return next.select("[role=alert]").text();
	}

	private Document page(String token, String path) {
		ResponseEntity<String> answer = this.pages.get(token, path);
		assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		return Jsoup.parse(answer.getBody());
	}

	private Document page(ResponseEntity<String> answer) {
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		return Jsoup.parse(answer.getBody());
	}

	private String listId(String name) {
		return this.jdbc.sql("select id::text from saved_list where company_id = ? and name = ?")
			.params(this.company, name)
			.query(String.class)
			.single();
	}

	private List<String> names() {
		return this.jdbc.sql("select name from saved_list where company_id = ?")
			.param(this.company)
			.query(String.class)
			.list();
	}

	private int count(String table) {
		String sql = table.equals("saved_list") ? "select count(*) from saved_list where company_id = ?"
				: "select count(*) from saved_list_line l join saved_list s on s.id = l.list_id where s.company_id = ?";
		return this.jdbc.sql(sql).param(this.company).query(Integer.class).single();
	}

}
