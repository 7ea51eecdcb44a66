package app.distribu.platform.test;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import app.distribu.platform.security.Role;
import app.distribu.platform.web.CorrelationId;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class PlatformWebSecurityTest {

	@LocalServerPort
	int port;

	@Test
	void apiWithoutTokenIsUnauthorizedProblem() {
		ResponseEntity<String> response = get("/api/v1/things/known", null);
		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
	}

	@Test
	void apiKeyWithoutTheScopeIsForbiddenNamingIt() {
		ResponseEntity<String> response = get("/api/v1/things/known",
				TestTokens.apiKey(UUID.randomUUID(), "other:read"));
		assertThat(response.getStatusCode().value()).isEqualTo(403);
		assertThat(response.getBody()).contains("things:read");
	}

	@Test
	void apiKeyWithTheScopeActsForItsCompany() {
		UUID company = UUID.randomUUID();
		ResponseEntity<String> response = get("/api/v1/things/known", TestTokens.apiKey(company, "things:read"));
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getBody()).isEqualTo("company " + company);
	}

	@Test
	void domainProblemsBecomeProblemDetails() {
		ResponseEntity<String> response = get("/api/v1/things/nope",
				TestTokens.apiKey(UUID.randomUUID(), "things:read"));
		assertThat(response.getStatusCode().value()).isEqualTo(404);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		assertThat(response.getBody()).contains("Thing nope was not found.");
	}

	@Test
	void tokenSignedByAnotherKeyIsRejected() {
		String token = TestTokens.apiKey(UUID.randomUUID(), "things:read");
		String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
		assertThat(get("/api/v1/things/known", tampered).getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void pageWithoutSessionRedirectsToSignIn() {
		ResponseEntity<String> response = get("/dashboard/page", null);
		assertThat(response.getStatusCode().value()).isEqualTo(302);
		assertThat(response.getHeaders().getFirst(HttpHeaders.LOCATION)).isEqualTo("/login?next=%2Fdashboard%2Fpage");
	}

	@Test
	void storefrontPageWithoutSessionRedirectsToThatStoresSignIn() {
		ResponseEntity<String> response = get("/store/Acme-1/cart", null);
		assertThat(response.getStatusCode().value()).isEqualTo(302);
		assertThat(response.getHeaders().getFirst(HttpHeaders.LOCATION)).startsWith("/store/Acme-1/login?next=");
	}

	@Test
	void roleCheckRefusesMembers() {
		UUID company = UUID.randomUUID();
		assertThat(
				get("/dashboard/owners-only", TestTokens.user(company, UUID.randomUUID(), Role.MEMBER)).getStatusCode()
					.value())
			.isEqualTo(403);
		assertThat(
				get("/dashboard/owners-only", TestTokens.user(company, UUID.randomUUID(), Role.OWNER)).getStatusCode()
					.value())
			.isEqualTo(200);
	}

	@Test
	void formPostWithoutCsrfTokenIsRefused() {
		ResponseEntity<String> response = client().post()
			.uri("/dashboard/form")
			.header(HttpHeaders.AUTHORIZATION,
					"Bearer " + TestTokens.user(UUID.randomUUID(), UUID.randomUUID(), Role.OWNER))
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(403);
	}

	@Test
	void formPostWithSessionCookieButNoCsrfTokenIsRefused() {
		String session = TestTokens.user(UUID.randomUUID(), UUID.randomUUID(), Role.OWNER);
		ResponseEntity<String> response = client().post()
			.uri("/dashboard/form")
			.header(HttpHeaders.COOKIE, "DISTRIBU_SESSION=" + session)
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(403);
	}

	@Test
	void aSignedInPageKeepsTheCsrfCookieItsFormsCarry() {
		String session = TestTokens.user(UUID.randomUUID(), UUID.randomUUID(), Role.MEMBER);
		ResponseEntity<String> response = client().get()
			.uri("/dashboard/sample")
			.header(HttpHeaders.COOKIE, "DISTRIBU_SESSION=" + session + "; XSRF-TOKEN=abc123")
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getBody()).contains("value=\"abc123\"");
		assertThat(response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE))
			.noneSatisfy((cookie) -> assertThat(cookie).startsWith("XSRF-TOKEN="));
	}

	@Test
	void aRefusedFormShowsThePageNotJson() {
		String session = TestTokens.user(UUID.randomUUID(), UUID.randomUUID(), Role.OWNER);
		ResponseEntity<String> response = client().post()
			.uri("/dashboard/form")
			.header(HttpHeaders.COOKIE, "DISTRIBU_SESSION=" + session)
			.header(HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE)
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(403);
		assertThat(response.getBody()).contains("Not allowed");
	}

	@Test
	void formPostWithSessionCookieAndDoubleSubmittedTokenPasses() {
		String session = TestTokens.user(UUID.randomUUID(), UUID.randomUUID(), Role.OWNER);
		ResponseEntity<String> response = client().post()
			.uri("/dashboard/form")
			.header(HttpHeaders.COOKIE, "DISTRIBU_SESSION=" + session + "; XSRF-TOKEN=abc123")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("_csrf=abc123")
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void sessionCookieOpensPages() {
		String session = TestTokens.user(UUID.randomUUID(), UUID.randomUUID(), Role.MEMBER);
		ResponseEntity<String> response = client().get()
			.uri("/dashboard/page")
			.header(HttpHeaders.COOKIE, "DISTRIBU_SESSION=" + session)
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getBody()).isEqualTo("dashboard");
	}

	@Test
	void formPostWithDoubleSubmitCsrfTokenPasses() {
		ResponseEntity<String> response = client().post()
			.uri("/dashboard/form")
			.header(HttpHeaders.AUTHORIZATION,
					"Bearer " + TestTokens.user(UUID.randomUUID(), UUID.randomUUID(), Role.OWNER))
			.header(HttpHeaders.COOKIE, "XSRF-TOKEN=abc123")
			.header("X-XSRF-TOKEN", "abc123")
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void pagesRenderInTheSharedLayoutWithTheSignedInCompanyAndACsrfField() {
		String session = TestTokens.user(UUID.randomUUID(), UUID.randomUUID(), Role.MEMBER);
		ResponseEntity<String> response = client().get()
			.uri("/dashboard/sample")
			.header(HttpHeaders.COOKIE, "DISTRIBU_SESSION=" + session)
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getBody()).contains("<title>Sample · Distribu</title>")
			.contains("/assets/distribu.css")
			.contains("Test Company")
			.contains("<h1>Sample page</h1>")
			.contains("name=\"_csrf\"");
	}

	@Test
	void invalidJsonBodyIsAProblemDetail() {
		ResponseEntity<String> response = client().post()
			.uri("/api/v1/things")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.apiKey(UUID.randomUUID(), "things:write"))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\": \"\"}")
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		assertThat(response.getBody()).contains("\"errors\"").contains("\"name\"");
	}

	@Test
	void domainProblemOnAPageShowsTheErrorPageWithItsStatusAndMessage() {
		String session = TestTokens.user(UUID.randomUUID(), UUID.randomUUID(), Role.MEMBER);
		ResponseEntity<String> response = client().get()
			.uri("/dashboard/missing")
			.header(HttpHeaders.COOKIE, "DISTRIBU_SESSION=" + session)
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(404);
		assertThat(response.getBody()).contains("Page not found").contains("Order 42 was not found.");
	}

	@Test
	void unreadableSessionCookieIsClearedOnTheWayToSignIn() {
		String token = TestTokens.user(UUID.randomUUID(), UUID.randomUUID(), Role.MEMBER);
		String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
		ResponseEntity<String> response = client().get()
			.uri("/open")
			.header(HttpHeaders.COOKIE, "DISTRIBU_SESSION=" + tampered)
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(302);
		assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("DISTRIBU_SESSION=;").contains("Max-Age=0"));
	}

	@Test
	void publicPathsNeedNoToken() {
		assertThat(get("/open", null).getBody()).isEqualTo("anyone");
	}

	@Test
	void echoesAValidCorrelationIdAndReplacesAForgedOne() {
		ResponseEntity<String> kept = client().get()
			.uri("/open")
			.header(CorrelationId.HEADER, "abc-123")
			.retrieve()
			.toEntity(String.class);
		assertThat(kept.getHeaders().getFirst(CorrelationId.HEADER)).isEqualTo("abc-123");
		ResponseEntity<String> replaced = client().get()
			.uri("/open")
			.header(CorrelationId.HEADER, "bad value!")
			.retrieve()
			.toEntity(String.class);
		assertThat(replaced.getHeaders().getFirst(CorrelationId.HEADER)).isNotEqualTo("bad value!").isNotBlank();
	}

	@Test
	void healthAndMetricsAreOpenForProbes() {
		assertThat(get("/actuator/health/readiness", null).getStatusCode().value()).isEqualTo(200);
		assertThat(get("/actuator/health/liveness", null).getStatusCode().value()).isEqualTo(200);
		assertThat(get("/actuator/prometheus", null).getBody()).contains("jvm_memory_used_bytes");
	}

	@Test
	void aContactSessionCookieSignsInAtItsOwnStore() {
		UUID customer = UUID.randomUUID();
		ResponseEntity<String> response = withCookie("/store/acme/account", "DISTRIBU_STORE_SESSION",
				TestTokens.contact(UUID.randomUUID(), "acme", UUID.randomUUID(), customer));
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getBody()).isEqualTo("contact of acme");
	}

	@Test
	void aContactSessionCountsAsSignedOutAtAnotherStore() {
		String acme = TestTokens.contact(UUID.randomUUID(), "acme", UUID.randomUUID(), UUID.randomUUID());
		ResponseEntity<String> byCookie = withCookie("/store/bolt/account", "DISTRIBU_STORE_SESSION", acme);
		assertThat(byCookie.getStatusCode().value()).isEqualTo(302);
		assertThat(byCookie.getHeaders().getFirst(HttpHeaders.LOCATION)).startsWith("/store/bolt/login?next=");
		ResponseEntity<String> byBearer = get("/store/bolt/account", acme);
		assertThat(byBearer.getStatusCode().value()).isEqualTo(302);
		assertThat(get("/store/Acme/account", acme).getStatusCode().value()).as("slugs are case-sensitive")
			.isEqualTo(302);
	}

	@Test
	void anUnreadableStoreSessionIsClearedForThatStoreOnly() {
		ResponseEntity<String> response = withCookie("/store/acme/account", "DISTRIBU_STORE_SESSION", "garbage");
		assertThat(response.getStatusCode().value()).isEqualTo(302);
		assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("DISTRIBU_STORE_SESSION=;")
				.contains("Path=/store/acme")
				.contains("Max-Age=0"))
			.noneSatisfy((cookie) -> assertThat(cookie).startsWith("DISTRIBU_SESSION="));
	}

	private ResponseEntity<String> withCookie(String path, String cookie, String value) {
		return client().get()
			.uri(path)
			.header(HttpHeaders.COOKIE, cookie + "=" + value)
			.retrieve()
			.toEntity(String.class);
	}

	private ResponseEntity<String> get(String path, String token) {
		RestClient.RequestHeadersSpec<?> request = client().get().uri(path);
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		return request.retrieve().toEntity(String.class);
	}

	private RestClient client() {
		return RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

}
