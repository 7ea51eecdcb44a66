package app.distribu.customer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.awaitility.Awaitility;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

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
import app.distribu.platform.web.CsvCells;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every customer-service route against everyone who must not use it (see
 * {@link SecurityMatrix}), and JSON bodies fuzzed on every JSON route.
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
class CustomerSecurityTest implements RouteSecurityContract, JsonFuzzContract {

	static final String SECRET = "Matrix Secret Customer " + UUID.randomUUID();

	static final String SECRET_EMAIL = "secret-" + UUID.randomUUID() + "@victim.test";

	/** The credit route shows order-service's balance; catalog and orders stand in. */
	static final FakeCatalogAndOrders upstreams = new FakeCatalogAndOrders();

	static RunningService service;

	static SecurityMatrix matrix;

	static JsonFuzz fuzz;

	static UUID company = UUID.randomUUID();

	@BeforeContainer
	static void start() {
		service = RunningService.start(CustomerApplication.class,
				"distribu.customer.upstream.catalog-url=" + upstreams.url(),
				"distribu.customer.upstream.order-url=" + upstreams.url());
		String slug = "matrix-" + company.toString().substring(0, 8);
		TestEvents.publish("identity.events", company, "company.created",
				Map.of("companyId", company, "name", "Matrix Store", "slug", slug, "currency", "EUR", "ownerUserId",
						UUID.randomUUID(), "ownerEmail", "o@x.test"));
		String writer = TestTokens.apiKey(company, "customers:read", "customers:write");
		Map customer = http().post()
			.uri("/api/v1/customers")
			.header("Authorization", "Bearer " + writer)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", SECRET, "email", SECRET_EMAIL, "phone", "+1 555 0100", "status", "ACTIVE", "contacts",
					List.of(Map.of("name", "Secret Buyer", "email", "buyer-" + SECRET_EMAIL))))
			.retrieve()
			.body(Map.class);
		String id = (String) customer.get("id");
		String contact = (String) ((List<Map>) customer.get("contacts")).get(0).get("id");
		Map address = http().post()
			.uri("/api/v1/customers/" + id + "/addresses")
			.header("Authorization", "Bearer " + writer)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("kind", "SHIPPING", "line1", "1 Secret Road", "city", "Hidden Town", "postalCode", "12345",
					"country", "DE"))
			.retrieve()
			.body(Map.class);
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> http().get()
				.uri("/store/" + slug + "/login")
				.exchange((request, response) -> response.getStatusCode().value()) == 200);

		matrix = SecurityMatrix.of(service)
			.victim(company, slug, UUID.fromString(id))
			.publicRoutes("* /store/{slug}/login", "* /store/{slug}/register")
			.store("* /store/{slug}/**")
			.api("customers:read", "GET /api/v1/customers", "GET /api/v1/customers/{id}",
					"GET /api/v1/customers/{id}/contacts", "GET /api/v1/customers/{id}/addresses",
					"GET /api/v1/customers/{id}/credit")
			.api("customers:write", "* /api/v1/customers/**")
			// The dashboard home's figures, asked by identity with the viewer's token.
			.team("GET /internal/dashboard/customers")
			.internal("* /internal/**")
			.team("* /dashboard/**")
			.withoutControl(
					"an import report that does not exist answers 404, and the account page of a contact "
							+ "the matrix's token names but nobody stored too",
					"GET /dashboard/customers/import/{id}", "GET /store/{slug}/account")
			.value("id", id)
			.value("contactId", contact)
			.value("addressId", address.get("id"))
			.body("POST /api/v1/customers", "{\"name\":\"New Co\",\"email\":\"new@co.test\"}")
			.body("PUT /api/v1/customers/{id}", "{\"name\":\"Renamed Co\",\"email\":\"renamed@co.test\"}")
			.body("PATCH /api/v1/customers/{id}", "{\"status\":\"BLOCKED\"}")
			.body("POST /api/v1/customers/{id}/contacts", "{\"name\":\"New Buyer\",\"email\":\"nb@co.test\"}")
			.body("PUT /api/v1/customers/{id}/contacts/{contactId}", "{\"name\":\"Buyer\",\"email\":\"b2@co.test\"}")
			.body("POST /api/v1/customers/{id}/addresses",
					"{\"kind\":\"BILLING\",\"line1\":\"2 Road\",\"city\":\"Town\",\"postalCode\":\"1\",\"country\":\"DE\"}")
			.body("PUT /api/v1/customers/{id}/addresses/{addressId}",
					"{\"kind\":\"SHIPPING\",\"line1\":\"3 Road\",\"city\":\"Town\",\"postalCode\":\"1\",\"country\":\"DE\"}")
			.secrets(SECRET, SECRET_EMAIL, "1 Secret Road", "Hidden Town")
			.customerSecrets("Secret Buyer")
			.unchanged(() -> http().get()
				.uri("/api/v1/customers/" + id)
				.header("Authorization", "Bearer " + writer)
				.retrieve()
				.body(String.class));
		DataSource dataSource = service.context().getBean(DataSource.class);
		fuzz = JsonFuzz.of(matrix, CompanyRows.of(dataSource, company, "request_window"));
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
	 * Customers CSV: never a server error, and every customer stored is a row of the file
	 * (name and email), so nothing half-read or made up is ever written.
	 */
	@Property(tries = 40)
	void aFuzzedCustomersCsvStoresOnlyRowsOfTheFile(@ForAll("customerFiles") String csv) {
		UUID company = UUID.randomUUID();
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "fuzz.csv";
			}
		});
		form.add("_csrf", "fuzz");
		int status = http().post()
			.uri("/dashboard/customers/import")
			.header("Authorization", "Bearer " + TestTokens.user(company, UUID.randomUUID(), Role.MEMBER))
			.header("Cookie", "XSRF-TOKEN=fuzz")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form)
			.exchange((request, response) -> response.getStatusCode().value());
		// The report after a redirect, or the refused file's page.
		assertThat(status).isIn(200, 302);

		List<List<String>> records = CsvFuzz.records(csv);
		List<String> header = records.isEmpty() ? List.of()
				: records.get(0).stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList();
		int name = header.indexOf("name");
		int email = header.indexOf("email");
		List<Map> stored = (List<Map>) http().get()
			.uri("/api/v1/customers?limit=100")
			.header("Authorization", "Bearer " + TestTokens.apiKey(company, "customers:read"))
			.retrieve()
			.body(Map.class)
			.get("data");
		assertThat(stored.size()).isLessThanOrEqualTo(Math.max(0, records.size() - 1));
		for (Map customer : stored) {
			assertThat(records.subList(1, records.size())).as("a row of the file for %s", customer)
				.anyMatch((row) -> name >= 0 && email >= 0 && row.size() > Math.max(name, email)
						&& CsvCells.restored(row.get(name)).equals(customer.get("name"))
						&& CsvCells.restored(row.get(email)).equalsIgnoreCase((String) customer.get("email")));
		}
	}

	@Provide
	Arbitrary<String> customerFiles() {
		return CsvFuzz.files("name,email,phone,credit_limit,status",
				List.of(List.of("Acme", "\"Bolts, Ltd\"", "=cmd|' /C calc'!A0", "'=1+2", "", " Spaced "),
						List.of("a@acme.test", "b@acme.test", "A@ACME.TEST", "not-an-email", ""),
						List.of("", "+49 30 1234", "'+1 555"), List.of("", "5000", "5000.50", "-1", "12,5", "1e99"),
						List.of("", "ACTIVE", "blocked", "PENDING", "GONE")));
	}

	private static RestClient http() {
		return RestClient.builder().baseUrl(service.baseUrl()).build();
	}

}
