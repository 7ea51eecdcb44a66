package app.distribu.catalog.pricelist;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.distribu.catalog.Http;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Price lists over the API, and the one price they give on every catalog surface: the
 * storefront pages, quotes, reservations and the customer-price endpoint.
 */
@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class PriceListApiTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	final UUID company = UUID.randomUUID();

	String owner;

	String slug;

	@BeforeEach
	void store() {
		this.http = new Http(this.port);
		this.owner = Http.owner(this.company);
		this.slug = "lists-" + UUID.randomUUID().toString().substring(0, 8);
		TestEvents.publish("identity.events", this.company, "company.created",
				Map.of("companyId", this.company, "name", "Lists", "slug", this.slug, "currency", "EUR", "ownerUserId",
						UUID.randomUUID(), "ownerEmail", "o@lists.test"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.http.page(null, "/store/" + this.slug).getStatusCode() == HttpStatus.OK);
	}

	String product(String sku, String price, Map<String, Object> extra) {
		Map<String, Object> body = new HashMap<>(Http.product(sku, price, 1000));
		body.putAll(extra);
		ResponseEntity<Map> created = this.http.post(this.owner, "/api/v1/products", body);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) created.getBody().get("id");
	}

	/** A customer as customer-service announces it, in a group or none. */
	UUID customer(String name, String group) {
		UUID id = UUID.randomUUID();
		Map<String, Object> data = new HashMap<>(
				Map.of("customerId", id, "name", name, "email", id + "@buyer.test", "status", "ACTIVE"));
		if (group != null) {
			data.put("group", group);
		}
		TestEvents.publish("customer.events", this.company, "customer.created", data);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from customer_ref where id = ?")
				.param(id)
				.query(Long.class)
				.single() == 1);
		return id;
	}

	String list(String name, Map<String, Object> extra) {
		Map<String, Object> body = new HashMap<>(Map.of("name", name));
		body.putAll(extra);
		ResponseEntity<Map> created = this.http.post(this.owner, "/api/v1/price-lists", body);
		assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
		return (String) created.getBody().get("id");
	}

	ResponseEntity<Map> put(String token, String path, Object body) {
		return this.http.raw()
			.put()
			.uri(path)
			.headers((h) -> h.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(Map.class);
	}

	void prices(String listId, String sku, List<Map<String, Object>> tiers) {
		ResponseEntity<Map> set = put(this.owner, "/api/v1/price-lists/" + listId + "/prices",
				Map.of("sku", sku, "tiers", tiers));
		assertThat(set.getStatusCode()).as(String.valueOf(set.getBody())).isEqualTo(HttpStatus.OK);
	}

	void assign(String listId, List<UUID> customers, List<String> groups) {
		ResponseEntity<Map> assigned = put(this.owner, "/api/v1/price-lists/" + listId + "/assignments",
				Map.of("customerIds", customers, "groups", groups));
		assertThat(assigned.getStatusCode()).as(String.valueOf(assigned.getBody())).isEqualTo(HttpStatus.OK);
	}

	static List<Map<String, Object>> tiers(Object... minAndPrice) {
		List<Map<String, Object>> tiers = new java.util.ArrayList<>();
		for (int i = 0; i < minAndPrice.length; i += 2) {
			tiers.add(Map.of("minQuantity", minAndPrice[i], "price", minAndPrice[i + 1]));
		}
		return tiers;
	}

	Map quoteLine(UUID customer, String sku, int quantity) {
		Map quote = this.http
			.post(this.owner, "/internal/price-quotes", Map.of("customerId", customer, "pricing", "customer",
					"storefront", true, "lines", List.of(Map.of("sku", sku, "quantity", quantity))))
			.getBody();
		return ((List<Map>) quote.get("lines")).get(0);
	}

	Map reservedLine(UUID customer, String pricing, String sku, int quantity) {
		ResponseEntity<Map> reserved = this.http.post(this.owner, "/internal/stock-reservations",
				Map.of("orderId", UUID.randomUUID(), "source", "API", "pricing", pricing, "customerId", customer,
						"lines", List.of(Map.of("sku", sku, "quantity", quantity))));
		assertThat(reserved.getStatusCode()).isEqualTo(HttpStatus.OK);
		return ((List<Map>) reserved.getBody().get("lines")).get(0);
	}

	Map customerPrice(String productId, UUID customer, int quantity) {
		return this.http
			.get(this.owner,
					"/api/v1/products/" + productId + "/customer-price?customerId=" + customer + "&quantity="
							+ quantity)
			.getBody();
	}

	Document page(UUID customer, String path) {
		String token = TestTokens.contact(this.company, this.slug, UUID.randomUUID(), customer);
		return Jsoup.parse(this.http.page(token, path).getBody());
	}

	@Test
	void aGroupsVolumePricesAreTheSameNumberOnEverySurface() {
		String widget = product("VOL-1", "11.00", Map.of("name", "Widget"));
		String gold = list("Gold", Map.of());
		prices(gold, "VOL-1", tiers(1, "10.00", 10, "9.20", 50, "8.50"));
		assign(gold, List.of(), List.of("Gold"));
		UUID acme = customer("Acme", "  gold ");
		UUID walkIn = customer("Walk-in", null);

		assertThat(quoteLine(acme, "VOL-1", 9)).containsEntry("unitPrice", "10.00")
			.containsEntry("priceRule", "Your price")
			.containsEntry("priceList", "Gold")
			.containsEntry("catalogPrice", "11.00");
		assertThat(quoteLine(acme, "VOL-1", 10)).containsEntry("unitPrice", "9.20")
			.containsEntry("lineTotal", "92.00")
			.containsEntry("priceRule", "Volume price, 10+");
		assertThat(reservedLine(acme, "customer", "VOL-1", 50)).containsEntry("unitPrice", "8.50")
			.containsEntry("priceRule", "Volume price, 50+")
			.containsEntry("priceList", "Gold");
		assertThat(reservedLine(acme, "catalog", "VOL-1", 50)).containsEntry("unitPrice", "11.00")
			.containsEntry("priceRule", "Catalog price");
		assertThat(customerPrice(widget, acme, 10)).containsEntry("unitPrice", "9.20")
			.containsEntry("priceRule", "Volume price, 10+")
			.containsEntry("currency", "EUR");
		assertThat((List<Map>) customerPrice(widget, acme, 1).get("tiers")).extracting((step) -> step.get("unitPrice"))
			.containsExactly("10.00", "9.20", "8.50");
		assertThat(quoteLine(walkIn, "VOL-1", 50)).containsEntry("unitPrice", "11.00")
			.containsEntry("priceRule", "Catalog price");

		Document shelf = page(acme, "/store/" + this.slug);
		assertThat(shelf.select("article.product .price").text()).isEqualTo("10.00 EUR");
		assertThat(shelf.select("article.product .volume-hint").text()).isEqualTo("From 8.50 at 50+");
		Document product = page(acme, "/store/" + this.slug + "/products/" + widget);
		assertThat(product.select("#volume-prices tbody tr").eachText()).containsExactly("1–9 10.00 EUR Your price",
				"10–49 9.20 EUR Volume price, 10+", "50+ 8.50 EUR Volume price, 50+");
		assertThat(page(walkIn, "/store/" + this.slug + "/products/" + widget).select("#volume-prices")).isEmpty();
		assertThat(Jsoup.parse(this.http.page(null, "/store/" + this.slug).getBody()).select(".price").text())
			.as("anonymous visitors see catalog prices")
			.isEqualTo("11.00 EUR");
	}

	@Test
	void aCustomerMovedIntoAGroupByCustomerUpdatedGetsItsPrices() {
		product("MOVE-1", "20.00", Map.of());
		String silver = list("Silver", Map.of());
		prices(silver, "MOVE-1", List.of(Map.of("percentOff", "10")));
		assign(silver, List.of(), List.of("Silver"));
		UUID bistro = customer("Bistro", null);
		assertThat(quoteLine(bistro, "MOVE-1", 1)).containsEntry("unitPrice", "20.00");

		TestEvents.publish("customer.events", this.company, "customer.updated", Map.of("customerId", bistro, "name",
				"Bistro & Co", "email", "b@bistro.test", "status", "ACTIVE", "group", "SILVER"));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(quoteLine(bistro, "MOVE-1", 1)).containsEntry("unitPrice", "18.00")
				.containsEntry("priceRule", "10% off"));
	}

	@Test
	void priorityDatesAndOverridesDecideWhichPriceWins() {
		String id = product("WIN-1", "10.00", Map.of());
		UUID acme = customer("Acme Win", "Gold");
		String everyday = list("Everyday", Map.of("priority", 0));
		prices(everyday, "WIN-1", tiers(1, "9.00"));
		assign(everyday, List.of(), List.of("Gold"));
		String promo = list("Promo", Map.of("priority", 10));
		prices(promo, "WIN-1", tiers(1, "9.50"));
		assign(promo, List.of(acme), List.of());
		assertThat(quoteLine(acme, "WIN-1", 1)).as("higher priority, even if dearer")
			.containsEntry("unitPrice", "9.50")
			.containsEntry("priceList", "Promo");

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(put(this.owner, "/api/v1/price-lists/" + promo,
				Map.of("name", "Promo", "priority", 10, "validFrom", today.plusDays(1).toString()))
			.getBody()).containsEntry("status", "SCHEDULED");
		assertThat(quoteLine(acme, "WIN-1", 1)).containsEntry("priceList", "Everyday");
		put(this.owner, "/api/v1/price-lists/" + promo,
				Map.of("name", "Promo", "priority", 10, "validUntil", today.minusDays(1).toString()));
		assertThat(quoteLine(acme, "WIN-1", 1)).containsEntry("priceList", "Everyday");
		put(this.owner, "/api/v1/price-lists/" + promo,
				Map.of("name", "Promo", "priority", 10, "validFrom", today.toString(), "validUntil", today.toString()));
		assertThat(quoteLine(acme, "WIN-1", 1)).containsEntry("priceList", "Promo");

		put(this.owner, "/api/v1/products/" + id + "/price-overrides", Map.of("customerId", acme, "price", "7.00"));
		assertThat(quoteLine(acme, "WIN-1", 1)).containsEntry("unitPrice", "7.00")
			.containsEntry("priceRule", "Your price")
			.containsEntry("priceList", null);
	}

	@Test
	void aListThatPricesAGatedProductShowsItToItsCustomersOnly() {
		String gated = product("GATE-L", "5.00", Map.of("name", "Members only", "overrideGated", true));
		String members = list("Members", Map.of());
		prices(members, "GATE-L", tiers(1, "4.00"));
		assign(members, List.of(), List.of("Members"));
		UUID member = customer("Member", "Members");
		UUID stranger = customer("Stranger", null);

		assertThat(page(member, "/store/" + this.slug).select("article.product h3").eachText())
			.contains("Members only");
		assertThat(page(stranger, "/store/" + this.slug).select("article.product h3").eachText())
			.doesNotContain("Members only");
		assertThat(page(member, "/store/" + this.slug + "/products/" + gated).select("#price-rule").text())
			.startsWith("Your price");
		assertThat(quoteLine(stranger, "GATE-L", 1)).containsEntry("problem",
				"Product GATE-L is not available to this customer.");
		assertThat(quoteLine(member, "GATE-L", 1)).containsEntry("problem", null).containsEntry("unitPrice", "4.00");
	}

	@Test
	void listsAreManagedOverTheApiWithClearRefusals() {
		product("API-1", "3.00", Map.of());
		String id = list("Wholesale", Map.of("priority", 5));
		assertThat(this.http.post(this.owner, "/api/v1/price-lists", Map.of("name", " wholesale ")).getBody())
			.containsEntry("status", 409)
			.containsEntry("detail", "A price list named wholesale already exists.");
		assertThat(this.http.post(this.owner, "/api/v1/price-lists", Map.of("name", "")).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.http.post(this.owner, "/api/v1/price-lists", Map.of("name", "\u0000")).getStatusCode())
			.as("PostgreSQL can't keep NUL: a clear 400, not a 500")
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.http
			.post(this.owner, "/api/v1/price-lists",
					Map.of("name", "Backwards", "validFrom", "2026-06-02", "validUntil", "2026-06-01"))
			.getBody()).containsEntry("detail", "The last day can't be before the first day.");

		Map<String, Map<String, Object>> refusals = Map.of("Give a price or a percentage off, not both.",
				Map.of("sku", "API-1", "tiers", List.of(Map.of("price", "1.00", "percentOff", "5"))),
				"Percentage off must be from 0 to 100.",
				Map.of("sku", "API-1", "tiers", List.of(Map.of("percentOff", "101"))),
				"Minimum quantity 10 is given twice.", Map.of("sku", "API-1", "tiers", tiers(10, "1.00", 10, "2.00")),
				"Price must have at most 2 decimals, like 12.50.", Map.of("sku", "API-1", "tiers", tiers(1, "1.005")),
				"No product has the SKU api-1 (SKUs are case-sensitive).",
				Map.of("sku", "api-1", "tiers", tiers(1, "1.00")),
				"No product has the SKU A\u0000B (SKUs are case-sensitive).",
				Map.of("sku", "A\u0000B", "tiers", tiers(1, "1.00")));
		refusals.forEach(
				(message, body) -> assertThat(put(this.owner, "/api/v1/price-lists/" + id + "/prices", body).getBody())
					.as(message)
					.containsEntry("status", 422)
					.containsEntry("detail", message));

		prices(id, " API-1 ", List.of(Map.of("minQuantity", 12, "price", "2.50"), Map.of("percentOff", "5")));
		assertThat(this.http.get(this.owner, "/api/v1/price-lists/" + id + "/prices?sku=API-1").getBody())
			.containsEntry("sku", "API-1")
			.containsEntry("catalogPrice", "3.00")
			.containsEntry("tiers",
					List.of(Map.of("minQuantity", 1, "percentOff", "5"), Map.of("minQuantity", 12, "price", "2.50")));
		UUID ghost = UUID.randomUUID();
		assertThat(put(this.owner, "/api/v1/price-lists/" + id + "/assignments", Map.of("customerIds", List.of(ghost)))
			.getBody()).containsEntry("detail", "Unknown customer: " + ghost);
		UUID buyer = customer("Listed Buyer", null);
		assign(id, List.of(buyer), List.of("Retail", " retail "));
		Map listed = this.http.get(this.owner, "/api/v1/price-lists/" + id).getBody();
		assertThat(listed).containsEntry("name", "Wholesale")
			.containsEntry("priority", 5)
			.containsEntry("status", "ACTIVE")
			.containsEntry("groups", List.of("Retail"))
			.containsEntry("productCount", 1)
			.containsEntry("customers", List.of(Map.of("id", buyer.toString(), "name", "Listed Buyer")));

		list("Second", Map.of());
		Map first = this.http.get(this.owner, "/api/v1/price-lists?limit=1").getBody();
		assertThat(first).containsEntry("hasMore", true);
		Map second = this.http.get(this.owner, "/api/v1/price-lists?limit=1&cursor=" + first.get("nextCursor"))
			.getBody();
		assertThat((List<Map>) second.get("data")).extracting((l) -> l.get("name")).containsExactly("Second");

		String reader = TestTokens.apiKey(this.company, "products:read");
		assertThat(this.http.get(reader, "/api/v1/price-lists/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
		Map forbidden = this.http.post(reader, "/api/v1/price-lists", Map.of("name", "Nope")).getBody();
		assertThat(forbidden).containsEntry("status", 403);
		assertThat((String) forbidden.get("detail")).contains("products:write");
		String shopper = TestTokens.contact(this.company, this.slug, UUID.randomUUID(), buyer);
		assertThat(this.http.get(shopper, "/api/v1/price-lists").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		String stranger = Http.owner(UUID.randomUUID());
		assertThat(this.http.get(stranger, "/api/v1/price-lists/" + id).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(put(stranger, "/api/v1/price-lists/" + id + "/prices",
				Map.of("sku", "API-1", "tiers", tiers(1, "0.01")))
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.http.delete(stranger, "/api/v1/price-lists/" + id).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);

		assertThat(this.http.delete(this.owner, "/api/v1/price-lists/" + id + "/prices?sku=API-1").getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.http.delete(this.owner, "/api/v1/price-lists/" + id).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.http.get(this.owner, "/api/v1/price-lists/" + id).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aCsvFileSetsWholeSkusRejectsBadRowsWithTheirLinesAndExportsBack() {
		product("CSV-1", "10.00", Map.of("name", "=Formula"));
		product("CSV-2", "10.00", Map.of());
		product("CSV-3", "10.00", Map.of());
		String id = list("From file", Map.of());
		prices(id, "CSV-3", tiers(1, "9.00"));
		prices(id, "CSV-2", tiers(1, "9.00"));

		String file = "\uFEFFsku,min_quantity,price,percent_off\r\n" + "CSV-1,1,9.50,\r\n" + "CSV-1,10,,5\r\n"
				+ "CSV-2,1,abc,\r\n" + "CSV-2,10,8.00,\r\n" + "NOPE,1,1.00,\r\n" + "CSV-3,,,\r\n"
				+ "CSV-1,10,9.00,\r\n";
		Map report = importCsv(id, "merge", file).getBody();

		assertThat(report).containsEntry("set", 0).containsEntry("removed", 1).containsEntry("rejected", 6);
		assertThat((List<Map>) report.get("rejections")).extracting((r) -> r.get("line") + " " + r.get("reason"))
			.containsExactly("2 Not imported: line 8 of the same SKU was rejected.",
					"3 Not imported: line 8 of the same SKU was rejected.",
					"4 Price must be a number like 12.50 (with a dot), not abc.",
					"5 Not imported: line 4 of the same SKU was rejected.",
					"6 No product has the SKU NOPE (SKUs are case-sensitive).",
					"8 Minimum quantity 10 of CSV-1 is already on line 3.");

		assertThat(importCsv(id, "merge", "sku,price,percent_off\nCSV-1,9.50,\nCSV-\u00002,1.00,\n").getBody())
			.containsEntry("detail",
					"Row 2 contains a NUL character. Remove it and import the file again. " + "Nothing was imported.");
		report = importCsv(id, "replace", "sku,price,percent_off,min_quantity\nCSV-1,9.50,,\nCSV-1,,5,10\n").getBody();
		assertThat(report).containsEntry("set", 1).containsEntry("removed", 1).containsEntry("rejected", 0);
		assertThat(this.http.get(this.owner, "/api/v1/price-lists/" + id).getBody()).containsEntry("productCount", 1);

		ResponseEntity<String> export = this.http.raw()
			.get()
			.uri("/api/v1/price-lists/" + id + "/prices/export")
			.headers((h) -> h.setBearerAuth(TestTokens.apiKey(this.company, "products:read")))
			.retrieve()
			.toEntity(String.class);
		assertThat(export.getHeaders().getContentType().toString()).startsWith("text/csv");
		assertThat(export.getBody()).isEqualTo("\uFEFFsku,name,min_quantity,price,percent_off,catalog_price\r\n"
				+ "CSV-1,'=Formula,1,9.50,,10.00\r\n" + "CSV-1,'=Formula,10,,5,10.00\r\n");

		Map refused = importCsv(id, "merge", "sku,price\nCSV-1,1.00\n").getBody();
		assertThat(refused).containsEntry("status", 422);
		assertThat((String) refused.get("detail")).contains("missing: percent_off");
		assertThat(importCsv(id, "sideways", "sku,price,percent_off\n").getBody()).containsEntry("detail",
				"mode is merge or replace.");
	}

	ResponseEntity<Map> importCsv(String listId, String mode, String csv) {
		return this.http.raw()
			.post()
			.uri("/api/v1/price-lists/" + listId + "/prices/import?mode=" + mode)
			.headers((h) -> h.setBearerAuth(this.owner))
			.contentType(new MediaType("text", "csv"))
			.body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.retrieve()
			.toEntity(Map.class);
	}

}
