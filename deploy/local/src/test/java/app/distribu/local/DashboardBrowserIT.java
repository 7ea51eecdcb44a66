package app.distribu.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import app.distribu.platform.test.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in a real headless Chromium (Debian's packages) signs up, sees the dashboard,
 * adds a product through the form, signs out and back in: forms, CSRF tokens, the session
 * cookie and redirects all work through the gateway as a browser uses them. Screenshots
 * land in target/screenshots.
 */
@TestMethodOrder(OrderAnnotation.class)
class DashboardBrowserIT {

	static final String EMAIL = "bianca@browser-goods.example";

	static final String PASSWORD = "browser-password-1";

	@TempDir
	static Path dataDir;

	static LocalStack stack;

	static WebDriver browser;

	@BeforeAll
	static void start() {
		browser = HeadlessChromium.start();
		stack = LocalStack.start(TestStacks.config(dataDir), false);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
		if (stack != null) {
			stack.close();
		}
	}

	@Test
	@Order(1)
	void signingUpLandsOnTheDashboardWithTheStorefrontAddress() {
		open("/signup");
		type("companyName", "Browser Goods");
		type("slug", "Browser-Goods");
		type("name", "Bianca Browser");
		type("email", EMAIL);
		type("password", PASSWORD);
		submit();

		waitForPath("/dashboard");
		assertThat(text(By.id("store-slug"))).isEqualTo("Browser-Goods");
		assertThat(text(By.id("store-url"))).endsWith("/store/Browser-Goods");
		assertThat(browser.getPageSource()).contains("Browser Goods");
		screenshot("dashboard-home");
	}

	@Test
	@Order(2)
	void aProductAddedThroughTheFormIsListedWithItsStockBadge() {
		open("/dashboard/products/new");
		type("sku", "  BRW-001 ");
		type("name", "Sparkling Water 24 x 330 ml");
		type("category", "Beverages");
		type("price", "18.90");
		type("stock", "0");
		submit();

		waitForPath("/dashboard/products");
		WebElement row = browser.findElement(By.xpath("//tr[td[normalize-space()='BRW-001']]"));
		assertThat(row.getText()).contains("Sparkling Water 24 x 330 ml").contains("18.90").contains("Out of stock");
		screenshot("products");
	}

	@Test
	@Order(3)
	void everyPageOfTheNavigationOpensWithoutAnError() {
		for (String page : List.of("/dashboard/products", "/dashboard/customers", "/dashboard/orders",
				"/dashboard/settings/api-keys", "/dashboard/settings/webhooks", "/dashboard/billing",
				"/store/Browser-Goods")) {
			open(page);
			assertThat(browser.findElements(By.tagName("h1"))).as("a heading on %s", page).isNotEmpty();
			assertThat(browser.getTitle()).as("title of %s", page).isNotBlank().doesNotContain("Error");
			assertThat(browser.getPageSource()).as(page).doesNotContain("Something went wrong");
			HeadlessChromium.screenshot(browser, page.substring(1).replace('/', '-'));
		}
	}

	@Test
	@Order(4)
	void aRejectedFormShowsWhyAndKeepsWhatWasTyped() {
		open("/dashboard/products/new");
		type("sku", "BRW-001");
		type("name", "Duplicate");
		type("price", "1.00");
		type("stock", "1");
		submit();

		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert.error")));
		assertThat(browser.getPageSource()).contains("A product with SKU BRW-001 already exists.");
		assertThat(browser.findElement(By.name("name")).getAttribute("value")).isEqualTo("Duplicate");
	}

	@Test
	@Order(5)
	void signingOutAndBackInAsksForTheRightPassword() {
		browser.findElement(By.xpath("//form[@action='/logout']//button")).click();
		waitForPath("/login");

		open("/dashboard/products");
		waitForPath("/login");

		type("email", EMAIL);
		type("password", "not-the-password");
		submit();
		assertThat(text(By.cssSelector(".alert.error"))).isEqualTo("Incorrect email or password.");

		type("email", EMAIL);
		type("password", PASSWORD);
		submit();
		waitForPath("/dashboard/products");
		assertThat(browser.getPageSource()).contains("BRW-001");
	}

	private void open(String path) {
		browser.get(stack.config().gatewayUrl() + path);
	}

	private void type(String field, String value) {
		WebElement input = browser.findElement(By.name(field));
		input.clear();
		input.sendKeys(value);
	}

	private void submit() {
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
	}

	private String text(By locator) {
		return browser.findElement(locator).getText().trim();
	}

	private void waitForPath(String path) {
		try {
			new WebDriverWait(browser, Duration.ofSeconds(15))
				.until(ExpectedConditions.urlMatches("^" + stack.config().gatewayUrl() + path + "([?#].*)?$"));
		}
		catch (TimeoutException ex) {
			throw new AssertionError("Expected to reach " + path + " but the browser shows " + browser.getCurrentUrl()
					+ ":\n" + browser.findElement(By.tagName("body")).getText(), ex);
		}
	}

	private void screenshot(String name) {
		HeadlessChromium.screenshot(browser, name);
	}

}
