package app.distribu.identity;

import java.util.UUID;

import com.nimbusds.jwt.SignedJWT;

import static org.assertj.core.api.Assertions.assertThat;

/** Signs up companies over HTTP, the way a new customer does. */
public final class Accounts {

	public static final String PASSWORD = "correct horse battery";

	private Accounts() {
	}

	public static SignedUp signUp(int port, String companyName, String slug, String email) throws Exception {
		Browser browser = new Browser(port);
		browser.get("/signup");
		Browser.Page page = browser.post("/signup", Browser.form("companyName", companyName, "slug", slug, "name",
				"Olivia Owner", "email", email, "password", PASSWORD));
		assertThat(page.status()).as(page.body()).isEqualTo(302);
		String token = browser.cookie("DISTRIBU_SESSION");
		SignedJWT jwt = SignedJWT.parse(token);
		return new SignedUp(UUID.fromString(jwt.getJWTClaimsSet().getStringClaim("cid")),
				UUID.fromString(jwt.getJWTClaimsSet().getSubject()), token, page);
	}

	/** Signs in over HTTP; the browser holds the session cookie when it worked. */
	public static Browser.Page signIn(Browser browser, String email, String password) {
		browser.get("/login");
		return browser.post("/login", Browser.form("email", email, "password", password));
	}

	public record SignedUp(UUID companyId, UUID userId, String sessionToken, Browser.Page response) {

	}

}
