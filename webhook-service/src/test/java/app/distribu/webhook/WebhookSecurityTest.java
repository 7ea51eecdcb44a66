package app.distribu.webhook;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import app.distribu.platform.security.Role;
import app.distribu.platform.test.RunningService;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.security.CompanyRows;
import app.distribu.platform.test.security.JsonFuzz;
import app.distribu.platform.test.security.SecurityMatrix;
import app.distribu.platform.test.security.RouteSecurityContract;
import app.distribu.platform.test.security.JsonFuzzContract;

/**
 * Every webhook-service route against everyone who must not use it (see
 * {@link SecurityMatrix}), and JSON bodies fuzzed on every JSON route.
 */
@SuppressWarnings({ "rawtypes" })
class WebhookSecurityTest implements RouteSecurityContract, JsonFuzzContract {

	static final String SECRET_URL = "http://127.0.0.1:9/secret-" + UUID.randomUUID();

	static RunningService service;

	static SecurityMatrix matrix;

	static JsonFuzz fuzz;

	static UUID company = UUID.randomUUID();

	@BeforeContainer
	static void start() {
		// Partner hosts need no DNS here; the guard itself is tested in SsrfGuardTest.
		service = RunningService.start(WebhookApplication.class, "distribu.outbound.allow-loopback=true");
		String writer = TestTokens.apiKey(company, "webhooks:read", "webhooks:write");
		Map webhook = http().post()
			.uri("/api/v1/webhooks")
			.header("Authorization", "Bearer " + writer)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("url", SECRET_URL, "events", List.of("order.created")))
			.retrieve()
			.body(Map.class);

		matrix = SecurityMatrix.of(service)
			.victim(company, "matrix-store", UUID.randomUUID())
			// The feed shows each key the events of the scopes it holds; revealing a
			// secret again needs the scope that could replace it.
			.api("orders:read", "GET /api/v1/events")
			.api("webhooks:write", "GET /api/v1/webhooks/{id}/secret")
			.api("webhooks:read", "GET /api/v1/**")
			.api("webhooks:write", "* /api/v1/**")
			.team(EnumSet.of(Role.OWNER, Role.ADMIN), "* /dashboard/**")
			.value("id", webhook.get("id"))
			.value("webhookId", webhook.get("id"))
			.body("POST /api/v1/webhooks",
					"{\"url\":\"http://127.0.0.1:9/new\",\"events\":[\"order.created\",\"customer.created\"]}")
			.secrets(SECRET_URL, (String) webhook.get("secret"))
			.unchanged(() -> http().get()
				.uri("/api/v1/webhooks")
				.header("Authorization", "Bearer " + writer)
				.retrieve()
				.body(String.class)
				.contains(SECRET_URL));
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
