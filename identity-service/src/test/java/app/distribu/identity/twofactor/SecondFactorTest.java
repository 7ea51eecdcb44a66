package app.distribu.identity.twofactor;

import java.time.Duration;
import java.util.List;

import com.nimbusds.jwt.JWTClaimsSet;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import app.distribu.identity.Browser;
import app.distribu.identity.IdentityTokens;
import app.distribu.identity.MutableClock;
import app.distribu.identity.SupportSignIn;
import app.distribu.platform.security.Totp;
import app.distribu.platform.test.ServiceTest;

import static app.distribu.identity.db.Tables.RECOVERY_CODE;
import static app.distribu.identity.db.Tables.SECOND_FACTOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Support staff reach the console only with a password and a second factor: enrolment of
 * an authenticator app with recovery codes, then a code at every sign-in.
 */
@ServiceTest
@Import(MutableClock.Config.class)
@TestPropertySource(properties = { "distribu.identity.support.email=ada@distribu.test",
		"distribu.identity.support.password=support password 123" })
class SecondFactorTest {

	static final String EMAIL = "ada@distribu.test";

	static final String PASSWORD = "support password 123";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	DSLContext db;

	@Test
	void aPasswordAloneNeverOpensTheConsoleAndEnrolmentDoes() throws Exception {
		resetEnrolment();
		Browser browser = new Browser(this.port);
		browser.get("/login");
		Browser.Page afterPassword = browser.post("/login", Browser.form("email", EMAIL, "password", PASSWORD));

		assertThat(afterPassword.location()).isEqualTo("/login/second-factor");
		assertThat(browser.cookie("DISTRIBU_SESSION")).isNull();
		assertThat(afterPassword.setCookies())
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("DISTRIBU_SECOND_FACTOR=")
				.contains("Path=/login/second-factor", "HttpOnly", "SameSite=Strict"));
		assertThat(browser.get("/support").location()).as("no session yet").contains("/login");
		assertThat(browser.get("/login/second-factor").location()).isEqualTo("/login/second-factor/enrol");

		Browser.Page enrol = browser.get("/login/second-factor/enrol");
		String secret = enrol.html().select("#totp-secret").text().replace(" ", "");
		List<String> codes = enrol.html().select("#recovery-codes code").eachText();
		assertThat(codes).hasSize(10).allMatch((code) -> code.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}"));
		assertThat(enrol.html().select("#totp-qr svg path")).hasSize(1);
		assertThat(enrol.html().select("#totp-link").attr("href")).startsWith("otpauth://totp/")
			.contains("secret=" + secret);
		assertThat(browser.get("/login/second-factor/enrol").html().select("#totp-secret").text().replace(" ", ""))
			.as("a reload shows the same secret")
			.isEqualTo(secret);

		Browser.Page wrong = browser.post("/login/second-factor/enrol", Browser.form("code", "000000"));
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.html().select("#second-factor-error").text()).isEqualTo(WrongCode.MESSAGE);
		assertThat(browser.cookie("DISTRIBU_SESSION")).isNull();

		Browser.Page done = browser.post("/login/second-factor/enrol", Browser.form("code", code(secret, 0)));
		assertThat(done.location()).isEqualTo("/support");
		JWTClaimsSet session = IdentityTokens.verify(this.port, browser.cookie("DISTRIBU_SESSION"));
		assertThat(session.getStringClaim("kind")).isEqualTo("SUPPORT");
		assertThat(session.getStringClaim("cid")).isEqualTo("00000000-0000-0000-0000-000000000000");
		assertThat(browser.cookie("DISTRIBU_SECOND_FACTOR")).as("the pending sign-in is spent").isNull();

		var stored = this.db.selectFrom(SECOND_FACTOR).fetchSingle();
		assertThat(stored.getSecret()).startsWith("enc:v1:").doesNotContain(secret);
		assertThat(stored.getPendingCodes()).isNull();
		assertThat(this.db.fetch(RECOVERY_CODE)).hasSize(10)
			.allSatisfy((row) -> assertThat(codes).doesNotContain(row.getCodeHash()));
	}

	@Test
	void everySignInAsksForAFreshCodeOrAnUnusedRecoveryCode() throws Exception {
		resetEnrolment();
		SupportSignIn.Enrolled enrolled = SupportSignIn.enrol(new Browser(this.port), EMAIL, PASSWORD, this.clock);

		Browser replay = passwordStep();
		assertThat(replay.get("/login/second-factor").status()).isEqualTo(200);
		assertThat(
				replay.post("/login/second-factor", Browser.form("code", Totp.code(enrolled.secret(), enrolled.step())))
					.status())
			.as("the code used at enrolment works once")
			.isEqualTo(422);
		Browser.Page fresh = replay.post("/login/second-factor",
				Browser.form("code", Totp.code(enrolled.secret(), enrolled.step() + 1)));
		assertThat(fresh.location()).isEqualTo("/support");
		assertThat(replay.cookie("DISTRIBU_SESSION")).isNotNull();

		String recovery = enrolled.recoveryCodes().get(3);
		Browser lost = passwordStep();
		assertThat(lost.post("/login/second-factor", Browser.form("code", recovery.toLowerCase())).location())
			.isEqualTo("/support");
		Browser again = passwordStep();
		assertThat(again.post("/login/second-factor", Browser.form("code", recovery)).status())
			.as("a recovery code works once")
			.isEqualTo(422);
	}

	@Test
	void codesAreThrottledLikePasswordsAndAPendingSignInExpires() throws Exception {
		resetEnrolment();
		String secret = SupportSignIn.enrol(new Browser(this.port), EMAIL, PASSWORD, this.clock).secret();
		this.clock.advance(Duration.ofMinutes(16));

		Browser guesser = passwordStep();
		for (int i = 0; i < 5; i++) {
			assertThat(guesser.post("/login/second-factor", Browser.form("code", "12345" + i)).status()).isEqualTo(422);
		}
		Browser.Page refused = guesser.post("/login/second-factor", Browser.form("code", code(secret, 0)));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.headers().getFirst("Retry-After")).isEqualTo("60");
		assertThat(guesser.cookie("DISTRIBU_SESSION")).isNull();

		this.clock.advance(Duration.ofMinutes(16));
		Browser late = passwordStep();
		this.clock.advance(Duration.ofMinutes(6));
		assertThat(late.post("/login/second-factor", Browser.form("code", code(secret, 0))).location())
			.as("five minutes to give the code")
			.isEqualTo("/login");
	}

	/** The browser after a right password, at the second step. */
	private Browser passwordStep() {
		Browser browser = new Browser(this.port);
		browser.get("/login");
		assertThat(browser.post("/login", Browser.form("email", EMAIL, "password", PASSWORD)).location())
			.isEqualTo("/login/second-factor");
		return browser;
	}

	/** The account is seeded once per class; each test enrols afresh. */
	private void resetEnrolment() {
		this.db.deleteFrom(RECOVERY_CODE).execute();
		this.db.deleteFrom(SECOND_FACTOR).execute();
		this.clock.advance(Duration.ofMinutes(16));
	}

	private String code(String secret, int stepsAhead) {
		return Totp.code(secret, Totp.step(this.clock.instant()) + stepsAhead);
	}

}
