package app.distribu.identity.sso;

import java.time.Duration;
import java.util.List;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import app.distribu.identity.Accounts;
import app.distribu.identity.Accounts.SignedUp;
import app.distribu.identity.Browser;
import app.distribu.identity.IdentitySignedSessions;
import app.distribu.platform.test.HeadlessChromium;
import app.distribu.platform.test.ServiceTest;

import static app.distribu.identity.db.Tables.APP_USER;
import static app.distribu.identity.db.Tables.MEMBERSHIP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole SSO flow against a real Keycloak (started once for the class): an Enterprise
 * owner saves the provider, then someone new signs in through Keycloak's own login form
 * and lands on the company's dashboard as a provisioned MEMBER.
 */
@ServiceTest
@Import(IdentitySignedSessions.class)
// The browser talks to the service on its random port, not through the gateway; Keycloak
// listens on loopback, which tests (and the local stack) allow by configuration.
@TestPropertySource(
		properties = { "distribu.identity.sso.callback-base-url=", "distribu.outbound.allow-loopback=true" })
class SsoBrowserTest {

	private static Keycloak keycloak;

	@LocalServerPort
	int port;

	@Autowired
	DSLContext db;

	private WebDriver browser;

	@BeforeAll
	static void startKeycloak() throws Exception {
		keycloak = Keycloak.start();
	}

	@AfterAll
	static void stopKeycloak() {
		if (keycloak != null) {
			keycloak.close();
		}
	}

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void teamSignsInThroughKeycloak() throws Exception {
		SignedUp owner = enterpriseWithSso("Harbor Supplies", "harbor-supplies", "olivia@harbor.test");

		this.browser = HeadlessChromium.start();
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("sign-in-sso")).click();
		this.browser.findElement(By.name("slug")).sendKeys("harbor-supplies");
		this.browser.findElement(By.cssSelector("#sso-login button[type=submit]")).click();

		// Keycloak's own login form, on Keycloak's port.
		new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until((page) -> !page.findElements(By.id("username")).isEmpty());
		assertThat(this.browser.getCurrentUrl()).startsWith(keycloak.issuer() + "/protocol/openid-connect/auth");
		HeadlessChromium.screenshot(this.browser, "sso-keycloak-login");
		this.browser.findElement(By.id("username")).sendKeys(Keycloak.USERNAME);
		this.browser.findElement(By.id("password")).sendKeys(Keycloak.PASSWORD);
		this.browser.findElement(By.id("kc-login")).click();

		awaitHeading("Harbor Supplies");
		assertThat(this.browser.getCurrentUrl()).isEqualTo(url("/dashboard"));
		HeadlessChromium.screenshot(this.browser, "sso-dashboard");

		JWTClaimsSet session = SignedJWT.parse(this.browser.manage().getCookieNamed("DISTRIBU_SESSION").getValue())
			.getJWTClaimsSet();
		assertThat(session.getStringClaim("email")).isEqualTo(Keycloak.EMAIL);
		assertThat(session.getStringClaim("cid")).isEqualTo(owner.companyId().toString());
		assertThat(session.getStringListClaim("roles")).isEqualTo(List.of("MEMBER"));
		assertThat(session.getStringClaim("sso")).isEqualTo(owner.companyId().toString());

		// Provisioned without a usable password, as a MEMBER of that company only.
		var user = this.db.selectFrom(APP_USER).where(APP_USER.EMAIL.eq(Keycloak.EMAIL)).fetchSingle();
		assertThat(user.getPasswordHash()).startsWith("sso-only:");
		assertThat(this.db.fetch(MEMBERSHIP, MEMBERSHIP.USER_ID.eq(user.getId()))).singleElement()
			.satisfies((membership) -> {
				assertThat(membership.getCompanyId()).isEqualTo(owner.companyId());
				assertThat(membership.getRole()).isEqualTo("MEMBER");
			});
		assertThat(Accounts.signIn(new Browser(this.port), Keycloak.EMAIL, Keycloak.PASSWORD).status())
			.as("no password sign-in for a provisioned user")
			.isEqualTo(200);

		// Signing in again (Keycloak remembers the person) matches the same user and adds
		// nothing.
		this.browser.manage().deleteCookieNamed("DISTRIBU_SESSION");
		this.browser.get(url("/login/sso"));
		this.browser.findElement(By.name("slug")).sendKeys("HARBOR-SUPPLIES");
		this.browser.findElement(By.cssSelector("#sso-login button[type=submit]")).click();
		awaitHeading("Harbor Supplies");
		assertThat(this.db.fetchCount(APP_USER, APP_USER.EMAIL.equalIgnoreCase(Keycloak.EMAIL))).isEqualTo(1);
		assertThat(this.db.fetchCount(MEMBERSHIP, MEMBERSHIP.USER_ID.eq(user.getId()))).isEqualTo(1);
	}

	/**
	 * The provider asserts the email of an account that already exists: Distribu asks its
	 * owner to confirm with the account's password before the provider may use it.
	 */
	@Test
	void anExistingAccountIsUsedOnlyAfterItsOwnerConfirms() throws Exception {
		SignedUp lin = Accounts.signUp(this.port, "Lin's Trading", "lins-trading", "lin.sso@harbor.test");
		SignedUp owner = enterpriseWithSso("Quay Goods", "quay-goods", "owner@quay.test");

		this.browser = HeadlessChromium.start();
		this.browser.get(url("/login/sso"));
		this.browser.findElement(By.name("slug")).sendKeys("quay-goods");
		this.browser.findElement(By.cssSelector("#sso-login button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until((page) -> !page.findElements(By.id("username")).isEmpty());
		this.browser.findElement(By.id("username")).sendKeys("lin");
		this.browser.findElement(By.id("password")).sendKeys("lin-sso-password");
		this.browser.findElement(By.id("kc-login")).click();

		new WebDriverWait(this.browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until((page) -> !page.findElements(By.id("sso-link-password")).isEmpty());
		assertThat(this.browser.getCurrentUrl()).isEqualTo(url("/login/sso/link"));
		assertThat(this.browser.manage().getCookieNamed("DISTRIBU_SESSION")).isNull();
		HeadlessChromium.screenshot(this.browser, "sso-link-confirm");
		this.browser.findElement(By.cssSelector("#sso-link-password input[name=password]")).sendKeys(Accounts.PASSWORD);
		this.browser.findElement(By.cssSelector("#sso-link-password button[type=submit]")).click();

		awaitHeading("Quay Goods");
		JWTClaimsSet session = SignedJWT.parse(this.browser.manage().getCookieNamed("DISTRIBU_SESSION").getValue())
			.getJWTClaimsSet();
		assertThat(session.getSubject()).isEqualTo(lin.userId().toString());
		assertThat(session.getStringClaim("sso")).isEqualTo(owner.companyId().toString());
		assertThat(this.db.fetchCount(MEMBERSHIP, MEMBERSHIP.USER_ID.eq(lin.userId()))).as("her own and Quay Goods")
			.isEqualTo(2);
	}

	@Test
	void providerMustVouchForTheEmail() throws Exception {
		enterpriseWithSso("Pier Provisions", "pier-provisions", "owner@pier.test");
		this.browser = HeadlessChromium.start();
		this.browser.get(url("/login/sso"));
		this.browser.findElement(By.name("slug")).sendKeys("pier-provisions");
		this.browser.findElement(By.cssSelector("#sso-login button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until((page) -> !page.findElements(By.id("username")).isEmpty());
		this.browser.findElement(By.id("username")).sendKeys("uma");
		this.browser.findElement(By.id("password")).sendKeys("uma-sso-password");
		this.browser.findElement(By.id("kc-login")).click();

		new WebDriverWait(this.browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until((page) -> !page.findElements(By.id("sso-error")).isEmpty());
		assertThat(this.browser.findElement(By.id("sso-error")).getText())
			.isEqualTo(SsoLoginController.ERRORS.get("unverified"));
		assertThat(this.browser.manage().getCookieNamed("DISTRIBU_SESSION")).isNull();
		assertThat(this.db.fetchExists(APP_USER, APP_USER.EMAIL.equalIgnoreCase("uma.unverified@harbor.test")))
			.isFalse();
	}

	/** An Enterprise company whose owner saved the Keycloak realm as its provider. */
	private SignedUp enterpriseWithSso(String company, String slug, String email) throws Exception {
		SignedUp owner = Accounts.signUp(this.port, company, slug, email);
		Plans.change(this.db, owner.companyId(), "ENTERPRISE", "ACTIVE");
		Browser settings = new Browser(this.port).withBearer(owner.sessionToken());
		settings.get("/dashboard/settings/sso");
		Browser.Page saved = settings.post("/dashboard/settings/sso", Browser.form("issuer", keycloak.issuer(),
				"clientId", Keycloak.CLIENT_ID, "clientSecret", Keycloak.CLIENT_SECRET, "enabled", "true"));
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		assertThat(settings.get("/dashboard/settings/sso?saved").html().select("#sso-saved")).hasSize(1);
		return owner;
	}

	private void awaitHeading(String heading) {
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until((page) -> page.findElements(By.tagName("h1"))
				.stream()
				.anyMatch((h1) -> h1.getText().equals(heading)));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
