package app.distribu.identity.account;

import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import app.distribu.identity.Accounts;
import app.distribu.identity.Accounts.SignedUp;
import app.distribu.identity.Browser;
import app.distribu.identity.IdentityTokens;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class SignupTest {

	@LocalServerPort
	int port;

	@Test
	void signUpCreatesTheCompanyAndSignsTheOwnerIn() throws Exception {
		SignedUp signedUp = Accounts.signUp(this.port, "Acme Supplies", "Acme", "Owner@Acme.test");

		assertThat(signedUp.response().location()).endsWith("/dashboard");
		String cookie = signedUp.response()
			.setCookies()
			.stream()
			.filter((header) -> header.startsWith("DISTRIBU_SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=28800").doesNotContain("Secure");
		JWTClaimsSet claims = IdentityTokens.verify(this.port, signedUp.sessionToken());
		assertThat(claims.getIssuer()).isEqualTo("distribu-identity");
		assertThat(claims.getStringClaim("kind")).isEqualTo("USER");
		assertThat(claims.getStringListClaim("roles")).containsExactly("OWNER");
		assertThat(claims.getStringClaim("cname")).isEqualTo("Acme Supplies");
		assertThat(claims.getStringClaim("slug")).isEqualTo("Acme");
		assertThat(claims.getStringClaim("email")).isEqualTo("Owner@Acme.test");
		assertThat(claims.getStringClaim("name")).isEqualTo("Olivia Owner");
		assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(8 * 3600_000L);
	}

	@Test
	void signUpPublishesCompanyCreated() throws Exception {
		SignedUp signedUp = Accounts.signUp(this.port, "Bolt Wholesale", "bolt-wholesale", "owner@bolt.test");

		JsonNode event;
		try (TopicReader identityEvents = new TopicReader("identity.events")) {
			event = identityEvents.awaitFirst(signedUp.companyId(), "company.created", (candidate) -> true);
		}
		assertThat(event.path("companyId").asString()).isEqualTo(signedUp.companyId().toString());
		JsonNode data = event.path("data");
		assertThat(data.path("companyId").asString()).isEqualTo(signedUp.companyId().toString());
		assertThat(data.path("name").asString()).isEqualTo("Bolt Wholesale");
		assertThat(data.path("slug").asString()).isEqualTo("bolt-wholesale");
		assertThat(data.path("currency").asString()).isEqualTo("USD");
		assertThat(data.path("ownerUserId").asString()).isEqualTo(signedUp.userId().toString());
		assertThat(data.path("ownerEmail").asString()).isEqualTo("owner@bolt.test");
	}

	@Test
	void refusesASlugTakenInAnotherCase() throws Exception {
		Accounts.signUp(this.port, "Crate Co", "Crate-Co", "one@crate.test");

		Browser browser = new Browser(this.port);
		browser.get("/signup");
		Browser.Page page = browser.post("/signup", Browser.form("companyName", "Other Crate", "slug", "crate-co",
				"name", "Other", "email", "two@crate.test", "password", Accounts.PASSWORD));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select(".field-error").text())
			.isEqualTo("This storefront address is already taken. Choose another one.");
		assertThat(browser.cookie("DISTRIBU_SESSION")).isNull();
	}

	@Test
	void refusesAnEmailTakenInAnotherCase() throws Exception {
		Accounts.signUp(this.port, "Drum Co", "drum-co", "dana@drum.test");

		Browser browser = new Browser(this.port);
		browser.get("/signup");
		Browser.Page page = browser.post("/signup", Browser.form("companyName", "Drum Two", "slug", "drum-two", "name",
				"Dana", "email", "DANA@Drum.Test", "password", Accounts.PASSWORD));

		assertThat(page.html().select(".field-error").text())
			.isEqualTo("An account with this email already exists. Sign in instead.");
	}

	@Test
	void explainsTheSlugRulesAndThePasswordLength() {
		Browser browser = new Browser(this.port);
		browser.get("/signup");
		Browser.Page page = browser.post("/signup", Browser.form("companyName", "Echo", "slug", "my store", "name",
				"Eve", "email", "eve@echo.test", "password", "short"));

		assertThat(page.html().select(".field-error").eachText())
			.containsExactly("Use 3 to 63 letters, digits or hyphens, without spaces.", "Use at least 10 characters.");
	}

	@Test
	void signInWithAWrongPasswordSaysSo() throws Exception {
		Accounts.signUp(this.port, "Fjord Foods", "fjord", "fay@fjord.test");

		Browser browser = new Browser(this.port);
		browser.get("/login");
		Browser.Page page = browser.post("/login",
				Browser.form("email", "fay@fjord.test", "password", "not the password"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select(".alert.error").text()).isEqualTo("Incorrect email or password.");
		assertThat(browser.cookie("DISTRIBU_SESSION")).isNull();
	}

	@Test
	void signInWithAnyEmailCaseSetsTheSessionAndFollowsALocalNext() throws Exception {
		SignedUp signedUp = Accounts.signUp(this.port, "Grove Goods", "grove", "gus@grove.test");

		Browser browser = new Browser(this.port);
		browser.get("/login?next=/dashboard/orders");
		Browser.Page page = browser.post("/login",
				Browser.form("email", "GUS@grove.test", "password", Accounts.PASSWORD, "next", "/dashboard/orders"));

		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/dashboard/orders");
		JWTClaimsSet claims = IdentityTokens.verify(this.port, browser.cookie("DISTRIBU_SESSION"));
		assertThat(claims.getSubject()).isEqualTo(signedUp.userId().toString());
		assertThat(claims.getStringClaim("cid")).isEqualTo(signedUp.companyId().toString());
	}

	@Test
	void signInIgnoresANextThatLeavesTheSite() throws Exception {
		Accounts.signUp(this.port, "Harbor", "harbor", "hal@harbor.test");

		Browser browser = new Browser(this.port);
		browser.get("/login");
		Browser.Page page = browser.post("/login",
				Browser.form("email", "hal@harbor.test", "password", Accounts.PASSWORD, "next", "//evil.test/x"));

		assertThat(page.location()).endsWith("/dashboard").doesNotContain("evil");
	}

	@Test
	void signOutClearsTheSessionCookie() {
		Browser browser = new Browser(this.port)
			.withBearer(TestTokens.user(UUID.randomUUID(), UUID.randomUUID(), Role.MEMBER));
		browser.get("/login");
		Browser.Page page = browser.post("/logout", Browser.form());

		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).contains("/login");
		assertThat(page.setCookies()).anySatisfy(
				(cookie) -> assertThat(cookie).startsWith("DISTRIBU_SESSION=;").contains("Max-Age=0", "Path=/"));
	}

	@Test
	void rootAndDashboardNeedASession() {
		Browser browser = new Browser(this.port);
		assertThat(browser.get("/").location()).endsWith("/dashboard");
		assertThat(browser.get("/dashboard").location()).contains("/login?next=%2Fdashboard");
	}

}
