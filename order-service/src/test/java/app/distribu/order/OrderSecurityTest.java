package app.distribu.order;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import app.distribu.platform.test.RunningService;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.security.CompanyRows;
import app.distribu.platform.test.security.JsonFuzz;
import app.distribu.platform.test.security.SecurityMatrix;
import app.distribu.platform.test.security.RouteSecurityContract;
import app.distribu.platform.test.security.JsonFuzzContract;

/**
 * Every order-service route against everyone who must not use it (see
 * {@link SecurityMatrix}), and JSON bodies fuzzed on every JSON route. catalog and
 * customer-service are the usual {@link FakeUpstreams}.
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
class OrderSecurityTest implements RouteSecurityContract, JsonFuzzContract {

	static final String SECRET_NOTE = "Matrix secret note " + UUID.randomUUID();

	static final String SECRET_PO = "PO-" + UUID.randomUUID();

	static final FakeUpstreams upstreams = new FakeUpstreams();

	static RunningService service;

	static SecurityMatrix matrix;

	static JsonFuzz fuzz;

	static UUID company = UUID.randomUUID();

	@BeforeContainer
	static void start() {
		service = RunningService.start(OrderApplication.class, "distribu.catalog-url=" + upstreams.url(),
				"distribu.customer-url=" + upstreams.url());
		UUID customer = UUID.randomUUID();
		upstreams.customers.put(customer, "ACTIVE");
		upstreams.standardAddresses(customer);
		String writer = TestTokens.apiKey(company, "orders:read", "orders:write");
		Map order = http().post()
			.uri("/api/v1/orders")
			.header("Authorization", "Bearer " + writer)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("customerId", customer, "lines", List.of(Map.of("sku", "WDG-001", "quantity", 2)), "notes",
					SECRET_NOTE, "poNumber", SECRET_PO))
			.retrieve()
			.body(Map.class);
		String id = (String) order.get("id");
		Map list = http().post()
			.uri("/api/v1/lists")
			.header("Authorization", "Bearer " + writer)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("customerId", customer, "name", "Matrix list", "lines",
					List.of(Map.of("sku", "WDG-001", "quantity", 2))))
			.retrieve()
			.body(Map.class);
		Map quote = http().post()
			.uri("/api/v1/quotes")
			.header("Authorization", "Bearer " + writer)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("customerId", customer, "lines", List.of(Map.of("sku", "WDG-001", "quantity", 2)), "expiresOn",
					java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30).toString()))
			.retrieve()
			.body(Map.class);
		// Sent, so the customer's buyers see it (a draft is staff's only).
		http().post()
			.uri("/api/v1/quotes/" + quote.get("id") + "/send")
			.header("Authorization", "Bearer " + writer)
			.retrieve()
			.toBodilessEntity();

		// A request waiting for approval: only a Requester's storefront checkout makes
		// one,
		// which this matrix does not drive, so it is written as a checkout would.
		UUID approval = UUID.randomUUID();
		new JdbcTemplate(service.context().getBean(DataSource.class)).update(
				"insert into order_approval (id, company_id, customer_id, requester_id, requester_name, "
						+ "requester_email, store_slug, store_name, lines, shipping_address_id, notes, po_number, "
						+ "total_at_request, currency, why, status) values (?, ?, ?, ?, 'Rita Requester', "
						+ "'rita@matrix.test', 'matrix', 'Matrix', '[{\"sku\":\"WDG-001\",\"quantity\":2}]'::jsonb, ?, "
						+ "'', '', 22.00, 'EUR', 'REQUESTER', 'PENDING')",
				approval, company, customer, UUID.randomUUID(), FakeUpstreams.addressId(customer, "depot"));

		matrix = SecurityMatrix.of(service)
			.victim(company, "matrix-" + company.toString().substring(0, 8), customer)
			.api("orders:read", "GET /api/v1/**")
			.api("orders:write", "* /api/v1/**")
			// The header's cart count: a visitor's pending cart too, never anyone's data.
			.publicRoutes("GET /store/{slug}/cart/count")
			.store("* /store/{slug}/**")
			.team("* /dashboard/**")
			// The dashboard home's figures, asked by identity with the viewer's token.
			.team("GET /internal/dashboard/orders")
			// The account page's recent orders, asked by customer-service with the
			// contact's token: only a contact gets an answer, always its own customer's.
			.internal("GET /internal/store/orders")
			.withoutControl(
					"the matrix's internal caller is an API key, which this contact-only route refuses; "
							+ "the dashboard figures need ?currency=, which the matrix does not send (400)",
					"GET /internal/store/orders", "GET /internal/dashboard/orders")
			// customer-service's question for a customer's open balance, with the
			// caller's
			// token.
			.internal("* /internal/customers/**")
			.value("customerId", customer)
			.noOpForOthers("another company's customer owes nothing here: zero, like a customer without orders",
					"GET /internal/customers/{customerId}/balance")
			// catalog's question, authenticated by the shared ORDER_OUTCOMES_SECRET, not
			// a
			// token (OrderOutcomeTest.onlyCatalogWithTheSharedSecretMayAsk).
			.publicRoutes("POST /internal/order-outcomes/{orderId}")
			.value("id", id)
			.value("listId", list.get("id"))
			.value("quoteId", quote.get("id"))
			.value("approvalId", approval)
			// Another company's id of a customer: the real customer-service answers 404;
			// the
			// fake answers for any company, and the page then shows (and makes) only the
			// caller's own company's lists, none of the victim's.
			.noOpForOthers("the page is scoped to the caller's company; customer-service refuses another's customer",
					"GET /dashboard/customers/{customerId}/lists", "POST /dashboard/customers/{customerId}/lists",
					"POST /dashboard/customers/{customerId}/quotes")
			.body("POST /api/v1/orders",
					"{\"customerId\":\"" + customer + "\",\"lines\":[{\"sku\":\"WDG-001\",\"quantity\":1}]}")
			.body("PATCH /api/v1/orders/{id}", "{\"status\":\"SHIPPED\"}")
			.body("POST /api/v1/orders/{id}/cancel", "{}")
			.secrets(SECRET_NOTE)
			.customerSecrets(SECRET_PO)
			.unchanged(() -> http().get()
				.uri("/api/v1/orders/" + id)
				.header("Authorization", "Bearer " + writer)
				.retrieve()
				.body(String.class));
		DataSource dataSource = service.context().getBean(DataSource.class);
		fuzz = JsonFuzz.of(matrix, CompanyRows.of(dataSource, company));
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

	private static RestClient http() {
		return RestClient.builder().baseUrl(service.baseUrl()).build();
	}

}
