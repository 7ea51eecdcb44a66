package app.distribu.identity.team;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import app.distribu.identity.Accounts;
import app.distribu.identity.IdentitySignedSessions;
import app.distribu.platform.test.Mailbox;
import app.distribu.platform.test.HeadlessChromium;
import app.distribu.platform.test.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Chromium against the service: sign up, invite a colleague by email, the colleague
 * joins; later a second company invites the same colleague, who switches between both.
 */
@ServiceTest
@Import(IdentitySignedSessions.class)
class TeamBrowserTest {

	@LocalServerPort
	int port;

	private WebDriver owner;

	private WebDriver colleague;

	private WebDriver secondOwner;

	@AfterEach
	void quit() {
		for (WebDriver browser : new WebDriver[] { this.owner, this.colleague, this.secondOwner }) {
			if (browser != null) {
				browser.quit();
			}
		}
	}

	@Test
	void inviteAcceptAndSwitchCompanies() throws Exception {
		this.owner = HeadlessChromium.start();
		signUp(this.owner, "Harbor Supplies", "harbor-supplies", "olivia@harbor.test");
		String firstLink = invite(this.owner, "Colin@Colleague.test");
		HeadlessChromium.screenshot(this.owner, "team-page");
		assertThat(text(this.owner, "#invites")).contains("Colin@Colleague.test", "MEMBER");

		this.colleague = HeadlessChromium.start();
		this.colleague.get(firstLink);
		assertThat(text(this.colleague, "#invite-company")).isEqualTo("Harbor Supplies");
		this.colleague.findElement(By.name("name")).sendKeys("Colin Colleague");
		this.colleague.findElement(By.name("password")).sendKeys(Accounts.PASSWORD);
		this.colleague.findElement(By.cssSelector("#invite-signup button[type=submit]")).click();
		awaitHeading(this.colleague, "Harbor Supplies");
		assertThat(this.colleague.findElements(By.id("company-switcher"))).isEmpty();

		this.secondOwner = HeadlessChromium.start();
		signUp(this.secondOwner, "Quay Traders", "quay-traders", "quentin@quay.test");
		String secondLink = invite(this.secondOwner, "colin@colleague.test");

		this.colleague.get(secondLink);
		assertThat(text(this.colleague, "#join")).isEqualTo("Join Quay Traders");
		this.colleague.findElement(By.id("join")).click();
		awaitHeading(this.colleague, "Quay Traders");
		assertThat(this.colleague.findElements(By.id("company-switcher"))).hasSize(1);
		HeadlessChromium.screenshot(this.colleague, "company-switcher");

		new Select(this.colleague.findElement(By.cssSelector("#company-switcher select")))
			.selectByVisibleText("Harbor Supplies");
		this.colleague.findElement(By.cssSelector("#company-switcher button")).click();
		awaitHeading(this.colleague, "Harbor Supplies");
		assertThat(new Select(this.colleague.findElement(By.cssSelector("#company-switcher select")))
			.getFirstSelectedOption()
			.getText()).isEqualTo("Harbor Supplies");
	}

	private void signUp(WebDriver browser, String company, String slug, String email) {
		browser.get(url("/signup"));
		browser.findElement(By.name("companyName")).sendKeys(company);
		browser.findElement(By.name("slug")).sendKeys(slug);
		browser.findElement(By.name("name")).sendKeys("Owner of " + company);
		browser.findElement(By.name("email")).sendKeys(email);
		browser.findElement(By.name("password")).sendKeys(Accounts.PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		awaitHeading(browser, company);
	}

	/** Invites the address from the team page and returns the link from the mail. */
	private String invite(WebDriver browser, String email) {
		int before = Mailbox.countTo(email);
		browser.get(url("/dashboard/settings/team"));
		browser.findElement(By.cssSelector("#invite-form input[name=email]")).sendKeys(email);
		new Select(browser.findElement(By.cssSelector("#invite-form select[name=role]"))).selectByValue("MEMBER");
		browser.findElement(By.cssSelector("#invite-form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until((page) -> page.getPageSource().contains("Invite sent."));
		// The mail links to the public address (the gateway); the test talks to the
		// service directly.
		return url(Mailbox.latestTo(email, before).linkPath());
	}

	private void awaitHeading(WebDriver browser, String heading) {
		// The page may be replaced between finding a heading and reading it.
		new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
			.until((page) -> page.findElements(By.tagName("h1"))
				.stream()
				.anyMatch((h1) -> h1.getText().equals(heading)));
	}

	private static String text(WebDriver browser, String css) {
		return browser.findElement(By.cssSelector(css)).getText();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
