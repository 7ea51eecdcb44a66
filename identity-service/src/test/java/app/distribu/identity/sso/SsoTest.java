package app.distribu.identity.sso;

import java.time.Duration;
import java.util.UUID;

import com.nimbusds.jwt.SignedJWT;
import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import app.distribu.identity.Accounts;
import app.distribu.identity.Accounts.SignedUp;
import app.distribu.identity.Browser;
import app.distribu.identity.IdentitySignedSessions;
import app.distribu.identity.token.TokenIssuer;
import app.distribu.identity.token.UserSession;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.Mailbox;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static app.distribu.identity.db.Tables.MAIL_OUTBOX;
import static app.distribu.identity.db.Tables.MEMBERSHIP;
import static app.distribu.identity.db.Tables.SSO_SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SSO settings and the start of SSO sign-in over HTTP, without a provider: plan rules,
 * roles, tenancy and the messages people see. {@link SsoBrowserTest} does the real flow.
 */
@ServiceTest
@Import(IdentitySignedSessions.class)
// As the local stack: an issuer on loopback is reachable
// (unreachableIssuerIsReportedOnSave).
@TestPropertySource(properties = "distribu.outbound.allow-loopback=true")
class SsoTest {

	static final String ISSUER = "https://idp.iota.test/realms/iota";

	@LocalServerPort
	int port;

	@Autowired
	DSLContext db;

	@Autowired
	TokenIssuer tokens;

	@Autowired
	SsoSetup setup;

	@Autowired
	SsoAccounts accounts;

	@Autowired
	SsoRepository repository;

	/**
	 * A company's provider may assert any email: a new address becomes a new, linked
	 * account, but an existing account is used only once its owner has confirmed with its
	 * password, and from then on the provider's subject (not the email) finds it.
	 */
	@Test
	void aProviderCannotClaimAnExistingAccountByAssertingItsEmail() throws Exception {
		SignedUp tenant = Accounts.signUp(this.port, "Iota Imports", "iota-imports", "owner@iota.test");
		SignedUp olga = Accounts.signUp(this.port, "Olga's Own", "olgas-own", "olga@elsewhere.test");
		enableSso(tenant);

		UserSession fresh = this.accounts
			.signIn(tenant.companyId(), new ProviderIdentity(ISSUER, "sub-new", "nia@iota.test", "Nia"))
			.session();
		assertThat(fresh.email()).isEqualTo("nia@iota.test");
		assertThat(fresh.role()).isEqualTo(Role.MEMBER);

		SsoOutcome claim = this.accounts.signIn(tenant.companyId(),
				new ProviderIdentity(ISSUER, "sub-olga", "OLGA@elsewhere.test", "Not Olga"));
		assertThat(claim.session()).as("no session on the provider's word").isNull();
		assertThat(this.db.fetchExists(MEMBERSHIP,
				MEMBERSHIP.USER_ID.eq(olga.userId()).and(MEMBERSHIP.COMPANY_ID.eq(tenant.companyId()))))
			.isFalse();

		Browser browser = new Browser(this.port).withCookie("DISTRIBU_SSO_LINK", claim.confirmationToken());
		Browser.Page page = browser.get("/login/sso/link");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("#sso-link-email").text()).isEqualTo("olga@elsewhere.test");
		Browser.Page wrong = browser.post("/login/sso/link", Browser.form("password", "a guess from the provider"));
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.html().select("#sso-link-error").text()).isEqualTo(SsoLinkController.WRONG_PASSWORD);
		assertThat(browser.cookie("DISTRIBU_SESSION")).isNull();

		Browser.Page confirmed = browser.post("/login/sso/link", Browser.form("password", Accounts.PASSWORD));
		assertThat(confirmed.location()).isEqualTo("/dashboard");
		var session = SignedJWT.parse(browser.cookie("DISTRIBU_SESSION")).getJWTClaimsSet();
		assertThat(session.getSubject()).isEqualTo(olga.userId().toString());
		assertThat(session.getStringClaim("sso")).isEqualTo(tenant.companyId().toString());
		assertThat(browser.post("/login/sso/link", Browser.form("password", Accounts.PASSWORD)).location())
			.as("a confirmation works once")
			.isEqualTo("/login/sso?error=expired");

		assertThat(this.accounts
			.signIn(tenant.companyId(), new ProviderIdentity(ISSUER, "sub-olga", "olga.renamed@idp.test", "Olga"))
			.session()
			.userId()).as("linked: found by subject").isEqualTo(olga.userId());
		assertThat(this.accounts
			.signIn(tenant.companyId(), new ProviderIdentity(ISSUER, "sub-other", "olga@elsewhere.test", "Olga"))
			.session()).as("another subject asserting her email needs her confirmation again").isNull();
	}

	@Test
	void anAccountWithoutAPasswordConfirmsTheLinkFromItsMailbox() throws Exception {
		SignedUp tenant = Accounts.signUp(this.port, "Kappa Kitchens", "kappa-kitchens", "owner@kappa.test");
		SignedUp pia = Accounts.signUp(this.port, "Pia's Place", "pias-place", "pia@mailbox.test");
		enableSso(tenant);
		String token = this.accounts
			.signIn(tenant.companyId(), new ProviderIdentity(ISSUER, "sub-pia", "pia@mailbox.test", "Pia"))
			.confirmationToken();

		Browser browser = new Browser(this.port).withCookie("DISTRIBU_SSO_LINK", token);
		browser.get("/login/sso/link");
		Browser.Page mailed = browser.post("/login/sso/link/email", Browser.form());
		assertThat(mailed.location()).isEqualTo("/login/sso/link?mailed");
		assertThat(browser.get("/login/sso/link?mailed").html().select("#sso-link-mailed")).hasSize(1);

		Mailbox.Mail first = Mailbox.await("pia@mailbox.test", SsoLinkMail.SUBJECT);
		for (int i = 0; i < SsoLinks.MAILS_PER_HALF_HOUR; i++) {
			browser.post("/login/sso/link/email", Browser.form());
		}
		assertThat(this.db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq("pia@mailbox.test")))
			.as("a provider cannot flood the inbox")
			.isEqualTo(SsoLinks.MAILS_PER_HALF_HOUR);
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> Mailbox.countTo("pia@mailbox.test") == SsoLinks.MAILS_PER_HALF_HOUR);
		Mailbox.Mail mail = Mailbox.to("pia@mailbox.test").get(SsoLinks.MAILS_PER_HALF_HOUR - 1);
		assertThat(mail.text()).contains("Kappa Kitchens");
		assertThat(new Browser(this.port).get(first.linkPath()).status()).as("a newer mail replaces it").isEqualTo(410);
		Browser inbox = new Browser(this.port);
		assertThat(inbox.get(mail.linkPath()).html().select("#sso-link-confirm")).hasSize(1);
		assertThat(this.db.fetchExists(MEMBERSHIP,
				MEMBERSHIP.USER_ID.eq(pia.userId()).and(MEMBERSHIP.COMPANY_ID.eq(tenant.companyId()))))
			.as("opening the link changes nothing")
			.isFalse();
		Browser.Page linked = inbox.post(mail.linkPath(), Browser.form());
		assertThat(linked.location()).isEqualTo("/dashboard");
		assertThat(SignedJWT.parse(inbox.cookie("DISTRIBU_SESSION")).getJWTClaimsSet().getSubject())
			.isEqualTo(pia.userId().toString());
		assertThat(new Browser(this.port).get(mail.linkPath()).status()).as("once").isEqualTo(410);
	}

	private void enableSso(SignedUp tenant) {
		Plans.change(this.db, tenant.companyId(), "ENTERPRISE", "ACTIVE");
		this.db.insertInto(SSO_SETTINGS)
			.set(SSO_SETTINGS.COMPANY_ID, tenant.companyId())
			.set(SSO_SETTINGS.ISSUER, ISSUER)
			.set(SSO_SETTINGS.CLIENT_ID, "distribu")
			.set(SSO_SETTINGS.CLIENT_SECRET, "client-secret")
			.set(SSO_SETTINGS.ENABLED, true)
			.execute();
	}

	@Test
	void clientSecretsAreStoredSealedAndPlainOnesAreSealedAtStart() throws Exception {
		SignedUp owner = Accounts.signUp(this.port, "Zeta Sealing", "zeta-sealing", "owner@zeta-sealing.test");
		this.db.insertInto(SSO_SETTINGS)
			.set(SSO_SETTINGS.COMPANY_ID, owner.companyId())
			.set(SSO_SETTINGS.ISSUER, "https://zeta-idp.test/realms/zeta")
			.set(SSO_SETTINGS.CLIENT_ID, "delta-client")
			.set(SSO_SETTINGS.CLIENT_SECRET, "delta-client-secret")
			.set(SSO_SETTINGS.ENABLED, true)
			.execute();

		this.setup.resealStoredSecrets();

		assertThat(this.db.fetchValue(SSO_SETTINGS.CLIENT_SECRET, SSO_SETTINGS.COMPANY_ID.eq(owner.companyId())))
			.startsWith("enc:v1:")
			.doesNotContain("delta-client-secret");
		assertThat(this.repository.settings(owner.companyId()).orElseThrow().clientSecret())
			.isEqualTo("delta-client-secret");
	}

	@Test
	void nonEnterpriseCompanySeesThatSsoIsAnEnterpriseFeature() throws Exception {
		SignedUp owner = Accounts.signUp(this.port, "Small Shop", "small-shop", "owner@small.test");
		Plans.change(this.db, owner.companyId(), "GROWTH", "ACTIVE");
		Browser browser = new Browser(this.port).withBearer(owner.sessionToken());

		Browser.Page page = browser.get("/dashboard/settings/sso");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("#sso-enterprise-only").text()).isEqualTo(SsoProblem.ENTERPRISE_ONLY);
		assertThat(page.html().select("#sso-form")).isEmpty();

		Browser.Page saved = browser.post("/dashboard/settings/sso", Browser.form("issuer",
				"http://localhost:1/realms/x", "clientId", "distribu", "clientSecret", "s", "enabled", "true"));
		assertThat(saved.status()).isEqualTo(403);
		assertThat(saved.html().select("#sso-error").text()).isEqualTo(SsoProblem.ENTERPRISE_ONLY);
		assertThat(this.db.fetchExists(SSO_SETTINGS, SSO_SETTINGS.COMPANY_ID.eq(owner.companyId()))).isFalse();

		Browser visitor = new Browser(this.port);
		visitor.get("/login/sso");
		Browser.Page start = visitor.post("/login/sso", Browser.form("slug", "small-shop"));
		assertThat(start.status()).isEqualTo(403);
		assertThat(start.html().select("#sso-error").text()).isEqualTo(SsoProblem.ENTERPRISE_ONLY);
	}

	@Test
	void onlyOwnersReachTheSettings() throws Exception {
		SignedUp owner = Accounts.signUp(this.port, "Role Shop", "role-shop", "owner@role.test");
		Plans.change(this.db, owner.companyId(), "ENTERPRISE", "ACTIVE");
		for (Role role : new Role[] { Role.MEMBER, Role.ADMIN }) {
			Browser someone = new Browser(this.port)
				.withBearer(TestTokens.user(owner.companyId(), UUID.randomUUID(), role));
			assertThat(someone.get("/dashboard/settings/sso").status()).as(role.name()).isEqualTo(403);
			assertThat(someone
				.post("/dashboard/settings/sso",
						Browser.form("issuer", "http://localhost:1/x", "clientId", "c", "clientSecret", "s"))
				.status()).as(role.name()).isEqualTo(403);
		}
		assertThat(new Browser(this.port).withBearer(owner.sessionToken())
			.get("/dashboard")
			.html()
			.select("#sso-settings")).hasSize(1);
		assertThat(new Browser(this.port).withBearer(TestTokens.user(owner.companyId(), UUID.randomUUID(), Role.ADMIN))
			.get("/dashboard")
			.html()
			.select("#sso-settings")).isEmpty();
		Browser.Page page = new Browser(this.port).withBearer(owner.sessionToken()).get("/dashboard/settings/sso");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("#sso-form")).hasSize(1);
	}

	@Test
	void anotherCompanysSettingsAreNotReachable() throws Exception {
		SignedUp a = Accounts.signUp(this.port, "Alpha Wholesale", "alpha-wholesale", "owner@alpha.test");
		SignedUp b = Accounts.signUp(this.port, "Beta Wholesale", "beta-wholesale", "owner@beta.test");
		Plans.change(this.db, a.companyId(), "ENTERPRISE", "ACTIVE");
		Plans.change(this.db, b.companyId(), "ENTERPRISE", "ACTIVE");
		this.db.insertInto(SSO_SETTINGS)
			.set(SSO_SETTINGS.COMPANY_ID, a.companyId())
			.set(SSO_SETTINGS.ISSUER, "https://alpha-idp.test/realms/alpha")
			.set(SSO_SETTINGS.CLIENT_ID, "alpha-client")
			.set(SSO_SETTINGS.CLIENT_SECRET, "alpha-secret")
			.set(SSO_SETTINGS.ENABLED, true)
			.execute();

		Browser bOwner = new Browser(this.port).withBearer(b.sessionToken());
		Browser.Page page = bOwner.get("/dashboard/settings/sso?companyId=" + a.companyId());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("alpha-idp.test", "alpha-client", "alpha-secret");

		// Nor can B's owner overwrite A's settings by naming A.
		bOwner.post("/dashboard/settings/sso?companyId=" + a.companyId(), Browser.form("companyId",
				a.companyId().toString(), "issuer", "http://localhost:1/x", "clientId", "evil", "clientSecret", "s"));
		assertThat(this.db.fetchValue(SSO_SETTINGS.CLIENT_ID, SSO_SETTINGS.COMPANY_ID.eq(a.companyId())))
			.isEqualTo("alpha-client");

		Browser.Page aPage = new Browser(this.port).withBearer(a.sessionToken()).get("/dashboard/settings/sso");
		assertThat(aPage.html().select("input[name=issuer]").attr("value"))
			.isEqualTo("https://alpha-idp.test/realms/alpha");
		assertThat(aPage.body()).doesNotContain("alpha-secret");
	}

	@Test
	void unreachableIssuerIsReportedOnSave() throws Exception {
		SignedUp owner = Accounts.signUp(this.port, "Gamma Goods", "gamma-goods", "owner@gamma.test");
		Plans.change(this.db, owner.companyId(), "ENTERPRISE", "TRIALING");
		Browser browser = new Browser(this.port).withBearer(owner.sessionToken());
		browser.get("/dashboard/settings/sso");

		Browser.Page page = browser.post("/dashboard/settings/sso",
				Browser.form("issuer", "http://127.0.0.1:1/realms/gamma", "clientId", "distribu", "clientSecret",
						"s3cret", "enabled", "true"));
		assertThat(page.status()).isEqualTo(422);
		assertThat(page.html().select("#sso-error").text())
			.startsWith("Could not read the OpenID Connect discovery document at http://127.0.0.1:1/realms/gamma/");
		assertThat(page.body()).doesNotContain("s3cret");

		Browser.Page incomplete = browser.post("/dashboard/settings/sso",
				Browser.form("issuer", "not a url", "clientId", "", "clientSecret", ""));
		assertThat(incomplete.status()).isEqualTo(200);
		assertThat(incomplete.html().select(".field-error")).hasSize(3);
		assertThat(this.db.fetchExists(SSO_SETTINGS, SSO_SETTINGS.COMPANY_ID.eq(owner.companyId()))).isFalse();
	}

	/**
	 * The outbound guard's refusal is shown on the form and nothing is saved; the guard
	 * decides before any connection (these addresses are never contacted).
	 */
	@Test
	void anIssuerInsideOurNetworkIsRefusedOnSave() throws Exception {
		SignedUp owner = Accounts.signUp(this.port, "Theta Trade", "theta-trade", "owner@theta.test");
		Plans.change(this.db, owner.companyId(), "ENTERPRISE", "ACTIVE");
		Browser browser = new Browser(this.port).withBearer(owner.sessionToken());
		browser.get("/dashboard/settings/sso");

		for (String[] refused : new String[][] {
				{ "http://169.254.169.254/latest/meta-data", "169.254.169.254, a cloud metadata address" },
				{ "http://10.1.2.3/realms/theta", "10.1.2.3, a private network address" },
				{ "https://[fe80::1]/realms/theta", "fe80:0:0:0:0:0:0:1, a link-local address" } }) {
			Browser.Page page = browser.post("/dashboard/settings/sso", Browser.form("issuer", refused[0], "clientId",
					"distribu", "clientSecret", "s3cret", "enabled", "true"));
			assertThat(page.status()).as(refused[0]).isEqualTo(422);
			assertThat(page.html().select("#sso-error").text())
				.isEqualTo("The issuer URL resolves to a private or local network address (" + refused[1]
						+ "); only public internet addresses can be called.");
			assertThat(page.html().select("input[name=issuer]").attr("value")).isEqualTo(refused[0]);
		}
		assertThat(this.db.fetchExists(SSO_SETTINGS, SSO_SETTINGS.COMPANY_ID.eq(owner.companyId()))).isFalse();
	}

	@Test
	void ssoSessionCannotSwitchToThePersonsOtherCompanies() throws Exception {
		SignedUp a = Accounts.signUp(this.port, "Epsilon One", "epsilon-one", "owner@epsilon.test");
		SignedUp b = Accounts.signUp(this.port, "Epsilon Two", "epsilon-two", "owner@epsilon-two.test");
		this.db.insertInto(MEMBERSHIP)
			.set(MEMBERSHIP.USER_ID, a.userId())
			.set(MEMBERSHIP.COMPANY_ID, b.companyId())
			.set(MEMBERSHIP.ROLE, "MEMBER")
			.execute();
		String sso = this.tokens
			.ssoSession(new UserSession(a.userId(), "owner@epsilon.test", "Olivia Owner", a.companyId(), "Epsilon One",
					"epsilon-one", Role.OWNER))
			.value();
		Browser viaSso = new Browser(this.port).withBearer(sso);
		viaSso.get("/dashboard");
		assertThat(
				viaSso.post("/dashboard/switch-company", Browser.form("companyId", b.companyId().toString())).status())
			.isEqualTo(404);

		Browser viaPassword = new Browser(this.port).withBearer(a.sessionToken());
		viaPassword.get("/dashboard");
		assertThat(viaPassword.post("/dashboard/switch-company", Browser.form("companyId", b.companyId().toString()))
			.status()).isEqualTo(302);
	}

	@Test
	void signInPageExplainsWhySsoCannotStart() throws Exception {
		SignedUp owner = Accounts.signUp(this.port, "Delta Depot", "delta-depot", "owner@delta.test");
		Plans.change(this.db, owner.companyId(), "ENTERPRISE", "ACTIVE");
		Browser visitor = new Browser(this.port);
		assertThat(visitor.get("/login").html().select("#sign-in-sso").attr("href")).isEqualTo("/login/sso");
		visitor.get("/login/sso");

		Browser.Page unknown = visitor.post("/login/sso", Browser.form("slug", "no-such-store"));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.html().select("#sso-error").text()).isEqualTo("There is no store with that address.");

		Browser.Page notConfigured = visitor.post("/login/sso", Browser.form("slug", "Delta-Depot"));
		assertThat(notConfigured.status()).isEqualTo(403);
		assertThat(notConfigured.html().select("#sso-error").text())
			.contains("Delta Depot has not turned on single sign-on");

		// Canceling the subscription takes the feature away.
		this.db.insertInto(SSO_SETTINGS)
			.set(SSO_SETTINGS.COMPANY_ID, owner.companyId())
			.set(SSO_SETTINGS.ISSUER, "http://127.0.0.1:1/realms/delta")
			.set(SSO_SETTINGS.CLIENT_ID, "c")
			.set(SSO_SETTINGS.CLIENT_SECRET, "s")
			.set(SSO_SETTINGS.ENABLED, true)
			.execute();
		Browser.Page redirected = visitor.post("/login/sso", Browser.form("slug", "delta-depot"));
		assertThat(redirected.status()).isEqualTo(302);
		assertThat(redirected.location()).isEqualTo("/oauth2/authorization/" + owner.companyId());
		Plans.change(this.db, owner.companyId(), "ENTERPRISE", "CANCELED");
		assertThat(visitor.post("/login/sso", Browser.form("slug", "delta-depot")).status()).isEqualTo(403);

		// Starting the dance for a company without SSO (or any id) ends on the SSO page.
		Browser.Page direct = visitor.get("/oauth2/authorization/" + owner.companyId());
		assertThat(direct.status()).isEqualTo(302);
		assertThat(direct.location()).startsWith("/login/sso?error=");
		assertThat(visitor.get("/oauth2/authorization/not-a-company").location()).startsWith("/login/sso?error=");

		// A provider that cannot be reached ends on the SSO page with a reason.
		Browser.Page error = visitor.get("/login/sso?error=unavailable");
		assertThat(error.html().select("#sso-error").text()).startsWith("Single sign-on is not available");
	}

}
