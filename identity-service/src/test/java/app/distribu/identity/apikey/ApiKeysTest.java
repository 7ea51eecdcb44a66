package app.distribu.identity.apikey;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import app.distribu.identity.Accounts;
import app.distribu.identity.Accounts.SignedUp;
import app.distribu.identity.Browser;
import app.distribu.identity.IdentityTokens;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class ApiKeysTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void aKeyIsShownOnceExchangesForAnApiKeyTokenAndStopsWorkingWhenRevoked() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme", "acme-keys", "owner@acme-keys.test");
		Browser owner = ownerOf(acme);

		String key = createKey(owner, "ERP sync", "orders:read", "orders:write");
		assertThat(key).matches("dk_[A-Za-z0-9_-]{43}");
		Element row = owner.get("/dashboard/settings/api-keys").html().selectFirst("#api-keys tbody tr");
		assertThat(row.text()).contains("ERP sync", key.substring(0, 8), "orders:read", "orders:write", "Active")
			.doesNotContain(key);

		Exchange exchange = exchange(key);
		assertThat(exchange.status()).isEqualTo(200);
		JWTClaimsSet claims = IdentityTokens.verify(this.port, exchange.body().path("token").asString());
		String keyId = exchange.body().path("apiKeyId").asString();
		assertThat(claims.getSubject()).isEqualTo(keyId);
		assertThat(claims.getStringClaim("kind")).isEqualTo("API_KEY");
		assertThat(claims.getStringClaim("cid")).isEqualTo(acme.companyId().toString());
		assertThat(claims.getStringListClaim("scopes")).containsExactly("orders:read", "orders:write");
		assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(300_000L);
		assertThat(exchange.body().path("companyId").asString()).isEqualTo(acme.companyId().toString());
		assertThat(exchange.body().path("expiresAt").asString()).isNotBlank();

		Browser.Page revoked = owner.post("/dashboard/settings/api-keys/" + keyId + "/revoke", Browser.form());
		assertThat(revoked.status()).isEqualTo(302);
		assertThat(owner.get("/dashboard/settings/api-keys").html().selectFirst("#api-keys tbody tr").text())
			.contains("Revoked");

		Exchange refused = exchange(key);
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.contentType()).contains("application/problem+json");
		JsonNode event;
		try (TopicReader identityEvents = new TopicReader("identity.events")) {
			event = identityEvents.awaitFirst(acme.companyId(), "api_key.revoked",
					(candidate) -> candidate.path("data").path("apiKeyId").asString().equals(keyId));
		}
		assertThat(event.path("companyId").asString()).isEqualTo(acme.companyId().toString());
	}

	@Test
	void unknownAndMalformedKeysAreRefused() {
		assertThat(exchange("dk_" + "A".repeat(43)).status()).isEqualTo(401);
		assertThat(exchange("not-a-key").status()).isEqualTo(401);
	}

	@Test
	void aKeyNeedsANameAndAScope() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Bare", "bare-keys", "owner@bare-keys.test");
		Browser owner = ownerOf(acme);
		owner.get("/dashboard/settings/api-keys");

		Browser.Page page = owner.post("/dashboard/settings/api-keys", Browser.form("name", " "));

		assertThat(page.html().select(".field-error").eachText()).containsExactlyInAnyOrder(
				"Give the key a name, e.g. the integration that uses it.", "Choose at least one scope.");
	}

	@Test
	void aMemberCannotOpenTheApiKeysPage() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Members", "members-keys", "owner@members-keys.test");

		Browser.Page page = new Browser(this.port)
			.withBearer(TestTokens.user(acme.companyId(), acme.userId(), Role.MEMBER))
			.get("/dashboard/settings/api-keys");

		assertThat(page.status()).isEqualTo(403);
	}

	@Test
	void aCompanyCannotSeeOrRevokeAnotherCompanysKey() throws Exception {
		SignedUp a = Accounts.signUp(this.port, "Company A", "company-a", "owner@a.test");
		SignedUp b = Accounts.signUp(this.port, "Company B", "company-b", "owner@b.test");
		String bKey = createKey(ownerOf(b), "B's integration", "products:read");
		String bKeyId = exchange(bKey).body().path("apiKeyId").asString();

		Browser ownerA = ownerOf(a);
		assertThat(ownerA.get("/dashboard/settings/api-keys").body()).doesNotContain("B's integration");
		Browser.Page page = ownerA.post("/dashboard/settings/api-keys/" + bKeyId + "/revoke", Browser.form());

		assertThat(page.status()).isEqualTo(404);
		assertThat(exchange(bKey).status()).as("B's key still works").isEqualTo(200);
	}

	private Browser ownerOf(SignedUp signedUp) {
		return new Browser(this.port).withBearer(TestTokens.user(signedUp.companyId(), signedUp.userId(), Role.OWNER));
	}

	private String createKey(Browser owner, String name, String... scopes) {
		owner.get("/dashboard/settings/api-keys");
		var form = Browser.form("name", name);
		for (String scope : scopes) {
			form.add("scopes", scope);
		}
		Browser.Page posted = owner.post("/dashboard/settings/api-keys", form);
		assertThat(posted.status()).as(posted.body()).isEqualTo(302);
		assertThat(posted.location()).isEqualTo("/dashboard/settings/api-keys/created");
		Browser.Page created = owner.get(posted.location());
		assertThat(created.body()).contains("Copy it now, it won't be shown again.");
		String key = created.html().select("#new-api-key").text();
		Browser.Page reloaded = owner.get(posted.location());
		assertThat(reloaded.status()).as("a reload shows the key no more").isEqualTo(302);
		assertThat(reloaded.location()).isEqualTo("/dashboard/settings/api-keys");
		return key;
	}

	@Test
	void theExchangeCarriesThePlansRateLimitOnceBillingHasToldUs() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme", "acme-rates", "owner@acme-rates.test");
		String key = createKey(ownerOf(acme), "Fleet", "orders:read");
		assertThat(exchange(key).body().path("requestsPerMinute").isNull()).as("no plan yet: gateway default").isTrue();

		Map<String, Object> enterprise = new HashMap<>();
		enterprise.put("plan", "ENTERPRISE");
		enterprise.put("status", "ACTIVE");
		enterprise.put("monthlyOrderLimit", null);
		enterprise.put("apiRequestsPerMinute", 600);
		TestEvents.publish("billing.events", acme.companyId(), "subscription.changed", enterprise);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(exchange(key).body().path("requestsPerMinute").asInt()).isEqualTo(600));
	}

	private Exchange exchange(String key) {
		return RestClient.create("http://localhost:" + this.port)
			.post()
			.uri("/internal/api-keys/exchange")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("key", key))
			.exchange((request, response) -> new Exchange(response.getStatusCode().value(),
					String.valueOf(response.getHeaders().getContentType()),
					JSON.readTree(response.getBody().readAllBytes())));
	}

	record Exchange(int status, String contentType, JsonNode body) {

	}

}
