package app.distribu.identity;

import java.util.EnumSet;
import java.util.UUID;

import javax.sql.DataSource;

import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import app.distribu.platform.security.Role;
import app.distribu.platform.test.RunningService;
import app.distribu.platform.test.security.CompanyRows;
import app.distribu.platform.test.security.JsonFuzz;
import app.distribu.platform.test.security.JsonFuzzContract;
import app.distribu.platform.test.security.RouteSecurityContract;
import app.distribu.platform.test.security.SecurityMatrix;

/**
 * Every identity-service route against everyone who must not use it (see
 * {@link SecurityMatrix}), and JSON bodies fuzzed on the internal JSON routes.
 */
class IdentitySecurityTest implements RouteSecurityContract, JsonFuzzContract {

	static final String SECRET_COMPANY = "Matrix Secret Co " + UUID.randomUUID().toString().substring(0, 8);

	static RunningService service;

	static SecurityMatrix matrix;

	static JsonFuzz fuzz;

	@BeforeContainer
	static void start() throws Exception {
		service = RunningService.start(IdentityApplication.class);
		String slug = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
		String email = "owner-" + UUID.randomUUID() + "@victim.test";
		Accounts.SignedUp victim = Accounts.signUp(service.port(), SECRET_COMPANY, slug, email);

		matrix = SecurityMatrix.of(service)
			.victim(victim.companyId(), slug, UUID.randomUUID())
			.victimUser(victim.userId())
			.publicRoutes("GET /", "* /login", "* /signup", "* /logout", "GET /.well-known/jwks.json", "* /login/sso",
					"* /forgot-password", "GET /forgot-password/sent", "* /reset-password/{token}", "* /invites/**",
					"* /dashboard/settings/profile/email/confirm/{token}",
					"GET /dashboard/settings/profile/email/changed", "* /store/{slug}/signin/{token}",
					"POST /store/{slug}/logout", "POST /internal/api-keys/exchange", "POST /internal/contact-links",
					// Between password and second factor: the pending sign-in cookie, not
					// a
					// session, says who it is; without one the page sends to sign in.
					"* /login/second-factor", "* /login/second-factor/**",
					// Confirming an SSO link: the pending link's cookie or the mailed
					// token.
					"* /login/sso/link", "* /login/sso/link/**",
					// Public by design: the help center, a store's logo, and two answers
					// the
					// gateway needs without a credential (a number, a public host →
					// slug).
					"GET /help", "GET /store/{slug}/logo", "GET /internal/sessions/{subject}",
					"GET /internal/store-domains/{host}")
			.support("* /support", "* /support/**")
			.team(EnumSet.of(Role.OWNER, Role.ADMIN), "* /dashboard/settings/api-keys/**",
					"* /dashboard/settings/api-keys", "* /dashboard/settings/sso", "* /dashboard/settings/storefront",
					"* /dashboard/settings/storefront/**")
			.team("* /dashboard/**", "* /dashboard")
			.value("userId", victim.userId())
			.value("id", UUID.randomUUID())
			.withoutControl("ids of invites and support look-ups that do not exist answer 404",
					"GET /support/users/{id}", "GET /support/companies/{id}")
			.withoutControl("the page after an email change shows only with its flash, else sends to sign in",
					"GET /dashboard/settings/profile/email/changed")
			.withoutControl("invoice look-ups ask billing-service, which this test does not start (503)",
					"GET /support/invoices/{reference}")
			.body("POST /internal/api-keys/exchange", "{\"key\":\"dk_" + "a".repeat(43) + "\"}")
			.body("POST /internal/contact-links",
					"{\"companyId\":\"" + victim.companyId() + "\",\"contactId\":\"" + UUID.randomUUID()
							+ "\",\"customerId\":\"" + UUID.randomUUID()
							+ "\",\"email\":\"c@x.test\",\"name\":\"C\",\"purpose\":\"SIGN_IN\"}")
			.secrets(SECRET_COMPANY, email);
		DataSource dataSource = service.context().getBean(DataSource.class);
		fuzz = JsonFuzz.of(matrix, CompanyRows.of(dataSource, victim.companyId()));
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

}
