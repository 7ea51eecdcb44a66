package app.distribu.identity.recovery;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import app.distribu.platform.test.Mailbox;
import app.distribu.platform.test.Mailbox.Mail;
import app.distribu.platform.test.HeadlessChromium;
import app.distribu.platform.test.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password reset end to end in a real Chromium, reading the link from the SMTP server.
 */
@ServiceTest
class PasswordResetBrowserTest {

	static final String EMAIL = "bianca@browser.test";

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void start() {
		this.browser = HeadlessChromium.start();
	}

	@AfterEach
	void quit() {
		this.browser.quit();
	}

	@Test
	void aForgottenPasswordIsResetFromTheMailedLink() {
		open("/signup");
		type("companyName", "Browser Bakery");
		type("slug", "browser-bakery");
		type("name", "Bianca Baker");
		type("email", EMAIL);
		type("password", "the first passphrase");
		submit();
		// Under @ServiceTest the service trusts only the test issuer's keys, so the
		// dashboard refuses identity's own session and clears the cookie: the browser
		// ends up signed out on the sign-in page, as after "Sign out".
		waitForUrl("/login?next=%2Fdashboard");
		assertThat(session()).isNull();

		shown(By.id("forgot-password")).click();
		waitForUrl("/forgot-password");
		type("email", EMAIL);
		submit();
		assertThat(shown(By.id("reset-requested")).getText()).isEqualTo(PasswordResetController.NEUTRAL_ANSWER);

		Mail mail = Mailbox.await(EMAIL, ResetMail.SUBJECT);
		open(mail.linkPath());
		shown(By.name("confirmation"));
		type("password", "a second passphrase");
		type("confirmation", "a second passphrase");
		HeadlessChromium.screenshot(this.browser, "password-reset");
		submit();
		assertThat(shown(By.cssSelector(".alert.success")).getText())
			.isEqualTo("Your password has been changed. Sign in with your new password.");

		type("email", EMAIL);
		type("password", "the first passphrase");
		submit();
		assertThat(shown(By.cssSelector(".alert.error")).getText()).isEqualTo("Incorrect email or password.");

		// Signed in, the browser follows "next"; that page refuses the untrusted session
		// (see above) and sends it back to sign in with that "next": proof the password
		// was accepted.
		open("/login?next=/forgot-password");
		type("email", EMAIL);
		type("password", "a second passphrase");
		submit();
		waitForUrl("/login?next=%2Fforgot-password");
		assertThat(this.browser.findElements(By.cssSelector(".alert.error"))).isEmpty();
	}

	/** A click on submit may return before the next page has loaded. */
	private WebElement shown(By element) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(element));
	}

	private void waitForUrl(String ending) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(ending));
	}

	private Cookie session() {
		return this.browser.manage().getCookieNamed("DISTRIBU_SESSION");
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private void type(String name, String value) {
		this.browser.findElement(By.name(name)).sendKeys(value);
	}

	private void submit() {
		this.browser.findElement(By.cssSelector("main button[type=submit]")).click();
	}

}
