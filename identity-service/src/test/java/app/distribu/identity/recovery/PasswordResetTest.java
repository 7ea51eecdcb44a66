package app.distribu.identity.recovery;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import app.distribu.identity.Accounts;
import app.distribu.identity.Browser;
import app.distribu.platform.test.Mailbox;
import app.distribu.platform.test.Mailbox.Mail;
import app.distribu.identity.MutableClock;
import app.distribu.platform.test.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
@Import(MutableClock.Config.class)
@ExtendWith(OutputCaptureExtension.class)
class PasswordResetTest {

	static final String NEW_PASSWORD = "a brand new passphrase";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Test
	void theMailedLinkSetsANewPasswordOnceAndNeverShowsUpInTheLogs(CapturedOutput output) throws Exception {
		Accounts.signUp(this.port, "Reset Co", "reset-co", "rita@reset.test");

		Browser.Page answer = requestReset("Rita@Reset.test");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.html().select("#reset-requested").text()).isEqualTo(PasswordResetController.NEUTRAL_ANSWER);
		Mail mail = Mailbox.await("rita@reset.test", ResetMail.SUBJECT);
		assertThat(mail.text()).contains("http://localhost:8080/reset-password/");
		assertThat(mail.token()).hasSize(43);

		Browser browser = new Browser(this.port);
		assertThat(browser.get(mail.linkPath()).status()).isEqualTo(200);
		Browser.Page set = browser.post(mail.linkPath(),
				Browser.form("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
		assertThat(set.status()).as(set.body()).isEqualTo(302);
		assertThat(set.location()).endsWith("/login?passwordReset");

		assertThat(Accounts.signIn(new Browser(this.port), "rita@reset.test", NEW_PASSWORD).status()).isEqualTo(302);
		assertThat(Accounts.signIn(new Browser(this.port), "rita@reset.test", Accounts.PASSWORD).status())
			.isEqualTo(200);

		Browser.Page again = new Browser(this.port).get(mail.linkPath());
		assertThat(again.status()).isEqualTo(410);
		assertThat(again.html().select("#link-invalid").text()).contains("expired or has already been used");
		assertThat(again.html().select("#ask-again").attr("href")).isEqualTo("/forgot-password");
		Browser.Page reuse = browser.post(mail.linkPath(),
				Browser.form("password", "yet another passphrase", "confirmation", "yet another passphrase"));
		assertThat(reuse.status()).isEqualTo(410);

		assertThat(output.getAll()).doesNotContain(mail.token()).doesNotContain(NEW_PASSWORD);
	}

	/**
	 * Whoever logs a request (here the framework itself, at DEBUG), the credential in a
	 * link's path is redacted from every log line.
	 */
	@Test
	void evenRequestLoggingNeverShowsTheTokenOfALink(CapturedOutput output) {
		String token = "Xk3vQ9pL2mN8rT5wY7zA1bC4dE6fG0hJ9kL3mN5pQ7r";
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		String dispatcher = "org.springframework.web.servlet.DispatcherServlet";
		logging.setLogLevel(dispatcher, LogLevel.DEBUG);
		try {
			Browser browser = new Browser(this.port);
			browser.get("/reset-password/" + token);
			browser.get("/invites/" + token);
			browser.get("/store/acme/signin/" + token);
			browser.get("/dashboard/settings/profile/email/confirm/" + token);
		}
		finally {
			logging.setLogLevel(dispatcher, null);
		}

		assertThat(output.getAll())
			.contains("/reset-password/[redacted]", "/invites/[redacted]", "/store/acme/signin/[redacted]",
					"/email/confirm/[redacted]")
			.doesNotContain(token);
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
		Accounts.signUp(this.port, "Known Co", "known-co", "kim@known.test");

		Browser.Page unknown = requestReset("nobody@known.test");
		Browser.Page known = requestReset("kim@known.test");

		assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(200);
		assertThat(unknown.html().select("main").text()).isEqualTo(known.html().select("main").text());
		Mailbox.await("kim@known.test", ResetMail.SUBJECT);
		assertThat(Mailbox.to("nobody@known.test")).isEmpty();
	}

	@Test
	void theLinkExpiresAfterAnHour() throws Exception {
		Accounts.signUp(this.port, "Late Co", "late-co", "lee@late.test");
		requestReset("lee@late.test");
		Mail mail = Mailbox.await("lee@late.test", ResetMail.SUBJECT);

		this.clock.advance(Duration.ofMinutes(61));

		Browser browser = new Browser(this.port);
		assertThat(browser.get(mail.linkPath()).status()).isEqualTo(410);
	}

	@Test
	void usingOneLinkSpendsTheOthersAndPasswordsMustMatch() throws Exception {
		Accounts.signUp(this.port, "Twin Co", "twin-co", "tia@twin.test");
		requestReset("tia@twin.test");
		Mail first = Mailbox.await("tia@twin.test", ResetMail.SUBJECT);
		requestReset("tia@twin.test");
		await().until(() -> Mailbox.to("tia@twin.test").size() == 2);
		Mail second = Mailbox.to("tia@twin.test").get(1);

		Browser browser = new Browser(this.port);
		browser.get(second.linkPath());
		Browser.Page mismatch = browser.post(second.linkPath(),
				Browser.form("password", NEW_PASSWORD, "confirmation", "something else"));
		assertThat(mismatch.html().select(".field-error").text()).isEqualTo("The two passwords do not match.");
		assertThat(browser.post(second.linkPath(), Browser.form("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD))
			.status()).isEqualTo(302);

		assertThat(new Browser(this.port).get(first.linkPath()).status()).isEqualTo(410);
	}

	private Browser.Page requestReset(String email) {
		Browser browser = new Browser(this.port);
		browser.get("/forgot-password");
		Browser.Page posted = browser.post("/forgot-password", Browser.form("email", email));
		assertThat(posted.status()).as("POST/redirect/GET").isEqualTo(302);
		return browser.get(posted.location());
	}

}
