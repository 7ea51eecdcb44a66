package app.distribu.identity.support;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.TestPropertySource;

import app.distribu.identity.Accounts;
import app.distribu.platform.security.Totp;
import app.distribu.platform.test.HeadlessChromium;
import app.distribu.platform.test.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@Import(SupportBrowserTest.OwnJwks.class)
@TestPropertySource(properties = { "distribu.identity.support.email=agent@distribu.test",
		"distribu.identity.support.password=agent password 123" })
class SupportBrowserTest {

	@LocalServerPort
	int port;

	WebDriver browser;

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void supportSignsInFindsAUserChangesTheirEmailAndSeesTheAuditEntry() throws Exception {
		Accounts.signUp(this.port, "Browser Co", "browser-co", "lost@browser.test");
		this.browser = HeadlessChromium.start();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
		String base = "http://localhost:" + this.port;

		this.browser.get(base + "/login");
		this.browser.findElement(By.name("email")).sendKeys("agent@distribu.test");
		this.browser.findElement(By.name("password")).sendKeys("agent password 123");
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();

		// First sign-in: set up the authenticator (the test computes its code).
		wait.until(ExpectedConditions.urlToBe(base + "/login/second-factor/enrol"));
		String secret = this.browser.findElement(By.id("totp-secret")).getText().replace(" ", "");
		assertThat(this.browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
		assertThat(this.browser.findElements(By.cssSelector("#totp-qr svg"))).hasSize(1);
		HeadlessChromium.screenshot(this.browser, "support-second-factor-enrol");
		this.browser.findElement(By.name("code")).sendKeys(Totp.code(secret, Totp.step(Instant.now())));
		this.browser.findElement(By.cssSelector("#second-factor-enrol button[type=submit]")).click();
		wait.until(ExpectedConditions.urlToBe(base + "/support"));

		this.browser.findElement(By.id("q")).sendKeys("lost@");
		this.browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.linkText("lost@browser.test"))).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("change-email")));
		this.browser.findElement(By.cssSelector("#change-email input[name=email]")).sendKeys("found@browser.test");
		this.browser.findElement(By.cssSelector("#change-email input[name=reason]"))
			.sendKeys("Ticket 314: confirmed from the old address");
		this.browser.findElement(By.cssSelector("#change-email button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBe(By.id("user-email"), "found@browser.test"));

		this.browser.findElement(By.linkText("Audit log")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit")));
		String entry = this.browser.findElement(By.cssSelector("#audit tbody tr")).getText();
		assertThat(entry).contains("agent@distribu.test", "CHANGE_EMAIL", "Ticket 314", "lost@browser.test",
				"found@browser.test");
		HeadlessChromium.screenshot(this.browser, "support-console-audit");
		this.browser.get(base + "/support?q=browser");
		HeadlessChromium.screenshot(this.browser, "support-console-search");
	}

	/**
	 * The browser carries identity's own session cookie, so this test trusts identity's
	 * own JWKS rather than the test token issuer's.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class OwnJwks {

		@Bean
		@Primary
		JwtDecoder ownJwksDecoder(Environment environment) {
			JwtDecoder[] decoder = new JwtDecoder[1];
			return (token) -> {
				if (decoder[0] == null) {
					decoder[0] = NimbusJwtDecoder
						.withJwkSetUri("http://localhost:" + environment.getProperty("local.server.port")
								+ "/.well-known/jwks.json")
						.build();
				}
				return decoder[0].decode(token);
			};
		}

	}

}
