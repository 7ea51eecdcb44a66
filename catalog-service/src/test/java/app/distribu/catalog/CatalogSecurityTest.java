package app.distribu.catalog;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.awaitility.Awaitility;
import org.jooq.DSLContext;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import app.distribu.platform.security.Role;
import app.distribu.platform.test.RunningService;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.security.CompanyRows;
import app.distribu.platform.test.security.CsvFuzz;
import app.distribu.platform.test.security.JsonFuzz;
import app.distribu.platform.test.security.JsonFuzzContract;
import app.distribu.platform.test.security.RouteSecurityContract;
import app.distribu.platform.test.security.SecurityMatrix;

import static app.distribu.catalog.db.Tables.CATEGORY;
import static app.distribu.catalog.db.Tables.CUSTOMER_REF;
import static app.distribu.catalog.db.Tables.PRICE_LIST_ASSIGNMENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every catalog route against everyone who must not use it (see {@link SecurityMatrix}),
 * JSON bodies fuzzed on every JSON route, and the internal endpoints taking who orders
 * from the token, never from the body.
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
class CatalogSecurityTest implements RouteSecurityContract, JsonFuzzContract {

	static final String SECRET = "Matrix Secret Widget " + UUID.randomUUID();

	static final String SECRET_LIST = "Matrix Secret List " + UUID.randomUUID();

	/** Every price list route ending, after {@code /api/v1/price-lists/{id}}. */
	static final List<String> API_LIST_ROUTES = List.of("", "/assignments", "/prices", "/prices/import",
			"/prices/export");

	/** Every price list page ending, after {@code /dashboard/price-lists/{id}}. */
	static final List<String> LIST_PAGES = List.of("", "/details", "/prices", "/prices/remove", "/assignments/customer",
			"/assignments/group", "/assignments/{assignmentId}/remove", "/export.csv", "/import", "/imports/{importId}",
			"/delete");

	static RunningService service;

	static Http http;

	static SecurityMatrix matrix;

	static JsonFuzz fuzz;

	static UUID company = UUID.randomUUID();

	static UUID customer = UUID.randomUUID();

	static UUID product;

	static String sku = "MX-" + UUID.randomUUID().toString().substring(0, 8);

	static UUID pricingCompany = UUID.randomUUID();

	static Map<String, UUID> pricingProducts = new TreeMap<>();

	static List<String> pricingEmails = new ArrayList<>();

	@BeforeContainer
	static void start() {
		service = RunningService.start(CatalogApplication.class);
		http = new Http(service.port());
		String slug = "matrix-" + company.toString().substring(0, 8);
		TestEvents.publish("identity.events", company, "company.created",
				Map.of("companyId", company, "name", "Matrix Store", "slug", slug, "currency", "EUR", "ownerUserId",
						UUID.randomUUID(), "ownerEmail", "o@x.test"));
		String writer = TestTokens.apiKey(company, "products:read", "products:write", "orders:write");
		product = UUID.fromString((String) http
			.post(writer, "/api/v1/products", Map.of("sku", sku, "name", SECRET, "description", "Secret description",
					"category", "Matrix Secret Category", "price", "9.99", "stock", 50))
			.getBody()
			.get("id"));
		knownCustomer(customer);
		// What the matrix's reservations take: a contact may legitimately reserve it for
		// its own customer, which must not count as a change to the watched product.
		String spare = "SPARE-" + UUID.randomUUID().toString().substring(0, 8);
		http.post(writer, "/api/v1/products", Map.of("sku", spare, "name", "Spare", "price", "1.00", "stock", 10_000));
		http.raw()
			.put()
			.uri("/api/v1/products/" + product + "/price-overrides")
			.headers((h) -> h.setBearerAuth(writer))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("customerId", customer, "price", "7.77"))
			.retrieve()
			.toBodilessEntity();
		String image = (String) upload(writer, "/api/v1/products/" + product + "/images").getBody().get("id");
		String job = (String) http.raw()
			.post()
			.uri("/api/v1/products/import")
			.headers((h) -> h.setBearerAuth(writer))
			.contentType(MediaType.parseMediaType("text/csv"))
			.body("sku,name,description,category,price,stock,active\nIMP-1,Imported,,,1.00,1,true\n")
			.retrieve()
			.toEntity(Map.class)
			.getBody()
			.get("id");
		String list = (String) http.post(writer, "/api/v1/price-lists", Map.of("name", SECRET_LIST, "priority", 5))
			.getBody()
			.get("id");
		http.raw()
			.put()
			.uri("/api/v1/price-lists/" + list + "/prices")
			.headers((h) -> h.setBearerAuth(writer))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("sku", sku, "tiers", List.of(Map.of("minQuantity", 1, "price", "6.66"))))
			.retrieve()
			.toBodilessEntity();
		http.raw()
			.put()
			.uri("/api/v1/price-lists/" + list + "/assignments")
			.headers((h) -> h.setBearerAuth(writer))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("customerIds", List.of(customer), "groups", List.of("Matrix group")))
			.retrieve()
			.toBodilessEntity();
		String listImport = (String) http.raw()
			.post()
			.uri("/api/v1/price-lists/" + list + "/prices/import")
			.headers((h) -> h.setBearerAuth(writer))
			.contentType(MediaType.parseMediaType("text/csv"))
			.body("sku,min_quantity,price,percent_off\n" + sku + ",10,6.00,\n")
			.retrieve()
			.toEntity(Map.class)
			.getBody()
			.get("id");
		UUID order = UUID.randomUUID();
		http.post(writer, "/internal/stock-reservations",
				Map.of("orderId", order, "source", "DASHBOARD", "lines", List.of(Map.of("sku", sku, "quantity", 1))));
		DSLContext db = service.context().getBean(DSLContext.class);
		UUID category = db.select(CATEGORY.ID)
			.from(CATEGORY)
			.where(CATEGORY.COMPANY_ID.eq(company))
			.fetchOne(CATEGORY.ID);
		UUID assignment = db.select(PRICE_LIST_ASSIGNMENT.ID)
			.from(PRICE_LIST_ASSIGNMENT)
			.where(PRICE_LIST_ASSIGNMENT.COMPANY_ID.eq(company).and(PRICE_LIST_ASSIGNMENT.CUSTOMER_ID.eq(customer)))
			.fetchOne(PRICE_LIST_ASSIGNMENT.ID);
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> http.page(null, "/store/" + slug).getStatusCode().value() == 200);

		matrix = SecurityMatrix.of(service)
			.victim(company, slug, customer)
			.publicRoutes("GET /store/{slug}", "GET /store/{slug}/products/{id}", "GET /media/**")
			.api("products:read", "GET /api/v1/products", "GET /api/v1/products/{id}",
					"GET /api/v1/products/{id}/price-overrides",
					"GET /api/v1/products/{id}/price-overrides/{customerId}",
					"GET /api/v1/products/{id}/customer-price")
			.api("products:write", "* /api/v1/products/**")
			// The dashboard home's figures, asked by identity with the viewer's token.
			.team("GET /internal/dashboard/stock")
			.api("products:read", "GET /api/v1/price-lists", "GET /api/v1/price-lists/{id}",
					"GET /api/v1/price-lists/{id}/prices", "GET /api/v1/price-lists/{id}/prices/export")
			.api("products:write", "* /api/v1/price-lists", "* /api/v1/price-lists/**")
			.internal("* /internal/**")
			.team("* /dashboard/**")
			.value("id", product)
			.value("productId", product)
			.value("imageId", image)
			.value("companyId", company)
			.value("customerId", customer)
			.value("orderId", order)
			.value("/api/v1/products/imports/{id}", "id", job)
			.value("/api/v1/products/imports/{id}/rejections.csv", "id", job)
			.value("/dashboard/products/import/{id}", "id", job)
			.value("/dashboard/products/import/{id}/rejections.csv", "id", job)
			.value("/dashboard/products/categories/{id}/delete", "id", category)
			.value("/dashboard/products/categories/{id}/rename", "id", category)
			.value("assignmentId", assignment)
			.value("importId", listImport)
			.body("POST /api/v1/price-lists", "{\"name\":\"New list\",\"priority\":1}")
			.body("PUT /api/v1/price-lists/{id}", "{\"name\":\"Renamed list\",\"priority\":2}")
			.body("PUT /api/v1/price-lists/{id}/assignments", "{\"customerIds\":[],\"groups\":[\"Other\"]}")
			.body("PUT /api/v1/price-lists/{id}/prices",
					"{\"sku\":\"" + sku + "\",\"tiers\":[{\"minQuantity\":1,\"price\":\"1.00\"}]}")
			.query("DELETE /api/v1/price-lists/{id}/prices", "sku=" + sku)
			.query("GET /api/v1/products/{id}/customer-price", "customerId=" + customer + "&quantity=10")
			.body("POST /api/v1/products", "{\"sku\":\"NEW-1\",\"name\":\"New\",\"price\":\"1.00\",\"stock\":1}")
			.body("PUT /api/v1/products/{id}",
					"{\"sku\":\"" + sku + "\",\"name\":\"Renamed\",\"price\":\"2.00\",\"stock\":3}")
			.body("PATCH /api/v1/products/{id}", "{\"name\":\"Patched\",\"price\":\"3.00\"}")
			.body("POST /api/v1/products/{id}/stock-adjustments", "{\"delta\":5,\"reason\":\"Counted\"}")
			.body("PUT /api/v1/products/{id}/price-overrides",
					"{\"customerId\":\"" + customer + "\",\"price\":\"1.00\"}")
			.body("POST /internal/stock-reservations",
					"{\"orderId\":\"" + UUID.randomUUID() + "\",\"source\":\"DASHBOARD\",\"pricing\":\"customer\","
							+ "\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"" + spare
							+ "\",\"quantity\":1}]}")
			.body("POST /internal/price-quotes",
					"{\"customerId\":\"" + customer + "\",\"pricing\":\"customer\",\"storefront\":false,"
							+ "\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":2}]}")
			.withoutControl("an import report that does not exist answers 404",
					"GET /dashboard/products/price-overrides/import/{id}")
			.noOpForOthers("releasing is idempotent and finds no reservation of the caller's company",
					"DELETE /internal/stock-reservations/{orderId}")
			.noOpForOthers("a customer catalog has not heard of simply has no overrides (the customer page shows that)",
					"GET /internal/customers/{customerId}/price-overrides")
			.secrets(SECRET, "Secret description", "Matrix Secret Category", SECRET_LIST)
			.customerSecrets("7.77")
			.unchanged(() -> List.of(text(writer, "/api/v1/products/" + product),
					text(writer, "/api/v1/products/" + product + "/price-overrides"),
					text(writer, "/api/v1/price-lists/" + list),
					text(writer, "/api/v1/price-lists/" + list + "/prices")));
		for (String ending : API_LIST_ROUTES) {
			matrix.value("/api/v1/price-lists/{id}" + ending, "id", list);
		}
		for (String ending : LIST_PAGES) {
			matrix.value("/dashboard/price-lists/{id}" + ending, "id", list);
		}
		DataSource dataSource = service.context().getBean(DataSource.class);
		fuzz = JsonFuzz.of(matrix, CompanyRows.of(dataSource, company));
		String pricer = TestTokens.apiKey(pricingCompany, "products:read", "products:write");
		for (String sku : List.of("OV-1", "OV-2")) {
			pricingProducts.put(sku,
					UUID.fromString((String) http
						.post(pricer, "/api/v1/products",
								Map.of("sku", sku, "name", "Priced " + sku, "price", "10.00", "stock", 1))
						.getBody()
						.get("id")));
		}
		for (int i = 0; i < 2; i++) {
			UUID id = UUID.randomUUID();
			knownCustomer(pricingCompany, id);
			pricingEmails.add(id + "@x.test");
		}
	}

	@AfterContainer
	static void stop() {
		if (service != null) {
			service.close();
		}
	}

	@Override
	public SecurityMatrix matrix() {
		return matrix;
	}

	@Override
	public JsonFuzz fuzz() {
		return fuzz;
	}

	/**
	 * Price overrides CSV: never a server error, and every override that changed is one a
	 * row of the file asked for (set to its price, or removed by an empty price).
	 */
	@Property(tries = 40)
	void aFuzzedPriceOverridesCsvChangesOnlyWhatItsRowsSay(@ForAll("overrideFiles") String csv) {
		String reader = TestTokens.apiKey(pricingCompany, "products:read");
		Map<String, String> before = overrides(reader);
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "fuzz.csv";
			}
		});
		form.add("_csrf", "fuzz");
		int status = http.raw().post().uri("/dashboard/products/price-overrides/import").headers((h) -> {
			h.setBearerAuth(TestTokens.user(pricingCompany, UUID.randomUUID(), Role.MEMBER));
			h.add("Cookie", "XSRF-TOKEN=fuzz");
		})
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form)
			.exchange((request, response) -> response.getStatusCode().value());
		// The report after a redirect, or the refused file's page.
		assertThat(status).isIn(200, 302);

		Map<String, String> after = overrides(reader);
		List<List<String>> rows = CsvFuzz.records(csv);
		for (String key : union(before.keySet(), after.keySet())) {
			if (Objects.equals(before.get(key), after.get(key))) {
				continue;
			}
			String price = after.get(key);
			assertThat(rows).as("a row asking for %s = %s", key, price)
				.anyMatch((row) -> row.size() >= 3 && key.equals(row.get(0) + "|" + row.get(1).toLowerCase(Locale.ROOT))
						&& ((price == null) ? row.get(2).isEmpty() : samePrice(row.get(2), price)));
		}
	}

	@Provide
	Arbitrary<String> overrideFiles() {
		return CsvFuzz.files("sku,customer_email,price",
				List.of(List.of("OV-1", "OV-2", "ov-1", " OV-1 ", "NOPE"),
						List.of(pricingEmails.get(0), pricingEmails.get(1).toUpperCase(Locale.ROOT), "nobody@x.test",
								""),
						List.of("8.50", "9", "", "0", "-1", "1.234", "12,50", "10000000000", "9999999999.99", "1e3")));
	}

	/** Overrides of the pricing company by "sku|email". */
	private static Map<String, String> overrides(String reader) {
		Map<String, String> result = new TreeMap<>();
		for (Map.Entry<String, UUID> product : pricingProducts.entrySet()) {
			List<Map> list = (List<Map>) http.raw()
				.get()
				.uri("/api/v1/products/" + product.getValue() + "/price-overrides")
				.headers((h) -> h.setBearerAuth(reader))
				.retrieve()
				.body(List.class);
			for (Map override : list) {
				result.put(product.getKey() + "|" + UUID.fromString((String) override.get("customerId")) + "@x.test",
						String.valueOf(override.get("price")));
			}
		}
		return result;
	}

	private static Set<String> union(Set<String> one, Set<String> other) {
		Set<String> all = new TreeSet<>(one);
		all.addAll(other);
		return all;
	}

	private static boolean samePrice(String text, String stored) {
		try {
			return new BigDecimal(text).compareTo(new BigDecimal(stored)) == 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	@Example
	void aContactsReservationIsAStorefrontOneForItsOwnCustomerWhateverTheBodySays() {
		UUID own = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		knownCustomer(own);
		knownCustomer(other);
		String writer = TestTokens.apiKey(company, "products:read", "products:write");
		String hidden = "HID-" + UUID.randomUUID().toString().substring(0, 8);
		http.post(writer, "/api/v1/products",
				Map.of("sku", hidden, "name", "Hidden", "price", "5.00", "stock", 5, "active", false));
		String priced = "OWN-" + UUID.randomUUID().toString().substring(0, 8);
		productWithOverrides(writer, priced, own, "7.77", other, "1.11");
		String contact = TestTokens.contact(company, "any", UUID.randomUUID(), own);

		ResponseEntity<Map> inactive = http.post(contact, "/internal/stock-reservations",
				Map.of("orderId", UUID.randomUUID(), "source", "DASHBOARD", "pricing", "catalog", "customerId", other,
						"lines", List.of(Map.of("sku", hidden, "quantity", 1))));
		ResponseEntity<Map> reserved = http.post(contact, "/internal/stock-reservations",
				Map.of("orderId", UUID.randomUUID(), "source", "API", "pricing", "catalog", "customerId", other,
						"lines", List.of(Map.of("sku", priced, "quantity", 1))));

		assertThat(inactive.getStatusCode().value()).isEqualTo(422);
		assertThat(reserved.getStatusCode().value()).isEqualTo(200);
		assertThat(unitPrice(reserved.getBody())).isEqualByComparingTo("7.77");
	}

	@Example
	void aContactsQuoteIsForItsOwnCustomerWhateverTheBodySays() {
		UUID own = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		knownCustomer(own);
		knownCustomer(other);
		String priced = "QUO-" + UUID.randomUUID().toString().substring(0, 8);
		productWithOverrides(TestTokens.apiKey(company, "products:read", "products:write"), priced, own, "7.77", other,
				"2.22");
		String contact = TestTokens.contact(company, "any", UUID.randomUUID(), own);

		ResponseEntity<Map> quote = http.post(contact, "/internal/price-quotes", Map.of("customerId", other, "pricing",
				"catalog", "storefront", false, "lines", List.of(Map.of("sku", priced, "quantity", 1))));

		assertThat(quote.getStatusCode().value()).isEqualTo(200);
		assertThat(unitPrice(quote.getBody())).isEqualByComparingTo("7.77");
	}

	@Example
	void anApiKeyCannotOrderInactiveProductsByCallingItselfTheDashboard() {
		String writer = TestTokens.apiKey(company, "products:read", "products:write", "orders:write");
		String hidden = "OFF-" + UUID.randomUUID().toString().substring(0, 8);
		http.post(writer, "/api/v1/products",
				Map.of("sku", hidden, "name", "Off", "price", "5.00", "stock", 5, "active", false));

		ResponseEntity<Map> reserved = http.post(writer, "/internal/stock-reservations", Map.of("orderId",
				UUID.randomUUID(), "source", "DASHBOARD", "lines", List.of(Map.of("sku", hidden, "quantity", 1))));
		ResponseEntity<Map> asTeam = http.post(TestTokens.user(company, UUID.randomUUID(), Role.MEMBER),
				"/internal/stock-reservations", Map.of("orderId", UUID.randomUUID(), "source", "API", "lines",
						List.of(Map.of("sku", hidden, "quantity", 1))));

		assertThat(reserved.getStatusCode().value()).isEqualTo(422);
		assertThat(asTeam.getStatusCode().value()).isEqualTo(200);
	}

	private static BigDecimal unitPrice(Map body) {
		Map line = ((List<Map>) body.get("lines")).get(0);
		return new BigDecimal(String.valueOf(line.get("unitPrice")));
	}

	/** A product priced 9.99 with an override for each of two customers. */
	private static UUID productWithOverrides(String writer, String sku, UUID one, String onePrice, UUID two,
			String twoPrice) {
		UUID id = UUID.fromString((String) http
			.post(writer, "/api/v1/products", Map.of("sku", sku, "name", "Priced", "price", "9.99", "stock", 50))
			.getBody()
			.get("id"));
		for (Map<String, Object> override : List.of(Map.<String, Object>of("customerId", one, "price", onePrice),
				Map.<String, Object>of("customerId", two, "price", twoPrice))) {
			assertThat(http.raw()
				.put()
				.uri("/api/v1/products/" + id + "/price-overrides")
				.headers((h) -> h.setBearerAuth(writer))
				.contentType(MediaType.APPLICATION_JSON)
				.body(override)
				.retrieve()
				.toBodilessEntity()
				.getStatusCode()
				.value()).isEqualTo(200);
		}
		return id;
	}

	private static String text(String token, String path) {
		return http.raw().get().uri(path).headers((h) -> h.setBearerAuth(token)).retrieve().body(String.class);
	}

	/** A customer catalog has heard of, as customer-service's event would tell it. */
	private static void knownCustomer(UUID customerId) {
		knownCustomer(company, customerId);
	}

	private static void knownCustomer(UUID companyId, UUID customerId) {
		TestEvents.publish("customer.events", companyId, "customer.created", Map.of("customerId", customerId, "name",
				"Customer " + customerId, "email", customerId + "@x.test", "status", "ACTIVE"));
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> service.context()
				.getBean(DSLContext.class)
				.fetchExists(CUSTOMER_REF, CUSTOMER_REF.ID.eq(customerId)));
	}

	private static ResponseEntity<Map> upload(String token, String path) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(pngBytes()) {
			@Override
			public String getFilename() {
				return "matrix.png";
			}
		});
		return http.raw()
			.post()
			.uri(path)
			.headers((h) -> h.setBearerAuth(token))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form)
			.retrieve()
			.toEntity(Map.class);
	}

	private static byte[] pngBytes() {
		BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
