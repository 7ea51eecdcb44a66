package app.distribu.identity;

import java.time.Clock;
import java.util.List;

import app.distribu.platform.security.Totp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs support staff in the way they do: the password, then (first time) enrolling an
 * authenticator with the secret the page shows, computing its code like an app would.
 */
public final class SupportSignIn {

	private SupportSignIn() {
	}

	/**
	 * First sign-in: answers the authenticator secret, the time step of the code that
	 * confirmed it and the recovery codes shown; the browser then holds a session.
	 */
	public static Enrolled enrol(Browser browser, String email, String password, Clock clock) {
		browser.get("/login");
		Browser.Page password1 = browser.post("/login", Browser.form("email", email, "password", password));
		assertThat(password1.location()).as(password1.body()).isEqualTo("/login/second-factor");
		Browser.Page enrol = browser.get("/login/second-factor/enrol");
		String secret = enrol.html().select("#totp-secret").text().replace(" ", "");
		long step = Totp.step(clock.instant());
		Browser.Page done = browser.post("/login/second-factor/enrol", Browser.form("code", Totp.code(secret, step)));
		assertThat(done.location()).as(done.body()).isEqualTo("/support");
		return new Enrolled(secret, step, enrol.html().select("#recovery-codes code").eachText());
	}

	public record Enrolled(String secret, long step, List<String> recoveryCodes) {

	}

}
