package app.distribu.local;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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

	@RegisterExtension
	static final BrowserOnStack ui = BrowserOnStack.empty();

	@Test
	@Order(1)
	void signingUpLandsOnTheDashboardWithTheStorefrontAddress() {
		ui.open("/signup");
		ui.type("companyName", "Browser Goods");
		ui.type("slug", "Browser-Goods");
		ui.type("name", "Bianca Browser");
		ui.type("email", EMAIL);
		ui.type("password", PASSWORD);
		ui.submit();

		ui.waitForPath("/dashboard");
		assertThat(ui.text(By.id("store-slug"))).isEqualTo("Browser-Goods");
		assertThat(ui.text(By.id("store-url"))).endsWith("/store/Browser-Goods");
		assertThat(ui.browser().getPageSource()).contains("Browser Goods");
		ui.screenshot("dashboard-home");
	}

	@Test
	@Order(2)
	void aProductAddedThroughTheFormIsListedWithItsStockBadge() {
		ui.open("/dashboard/products/new");
		ui.type("sku", "  BRW-001 ");
		ui.type("name", "Sparkling Water 24 x 330 ml");
		ui.type("category", "Beverages");
		ui.type("price", "18.90");
		ui.type("stock", "0");
		ui.submit();

		ui.waitForPath("/dashboard/products");
		WebElement row = ui.browser().findElement(By.xpath("//tr[td[normalize-space()='BRW-001']]"));
		assertThat(row.getText()).contains("Sparkling Water 24 x 330 ml").contains("18.90").contains("Out of stock");
		ui.screenshot("products");
	}

	@Test
	@Order(3)
	void everyPageOfTheNavigationOpensWithoutAnError() {
		for (String page : List.of("/dashboard/products", "/dashboard/customers", "/dashboard/orders",
				"/dashboard/settings/api-keys", "/dashboard/settings/webhooks", "/dashboard/billing",
				"/store/Browser-Goods")) {
			ui.open(page);
			assertThat(ui.browser().findElements(By.tagName("h1"))).as("a heading on %s", page).isNotEmpty();
			assertThat(ui.browser().getTitle()).as("title of %s", page).isNotBlank().doesNotContain("Error");
			assertThat(ui.browser().getPageSource()).as(page).doesNotContain("Something went wrong");
			HeadlessChromium.screenshot(ui.browser(), page.substring(1).replace('/', '-'));
		}
	}

	@Test
	@Order(4)
	void aRejectedFormShowsWhyAndKeepsWhatWasTyped() {
		ui.open("/dashboard/products/new");
		ui.type("sku", "BRW-001");
		ui.type("name", "Duplicate");
		ui.type("price", "1.00");
		ui.type("stock", "1");
		ui.submit();

		new WebDriverWait(ui.browser(), Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert.error")));
		assertThat(ui.browser().getPageSource()).contains("A product with SKU BRW-001 already exists.");
		assertThat(ui.browser().findElement(By.name("name")).getAttribute("value")).isEqualTo("Duplicate");
	}

	@Test
	@Order(5)
	void signingOutAndBackInAsksForTheRightPassword() {
		ui.browser().findElement(By.xpath("//form[@action='/logout']//button")).click();
		ui.waitForPath("/login");

		ui.open("/dashboard/products");
		ui.waitForPath("/login");

		ui.type("email", EMAIL);
		ui.type("password", "not-the-password");
		ui.submit();
		assertThat(ui.text(By.cssSelector(".alert.error"))).isEqualTo("Incorrect email or password.");

		ui.type("email", EMAIL);
		ui.type("password", PASSWORD);
		ui.submit();
		ui.waitForPath("/dashboard/products");
		assertThat(ui.browser().getPageSource()).contains("BRW-001");
	}

}
