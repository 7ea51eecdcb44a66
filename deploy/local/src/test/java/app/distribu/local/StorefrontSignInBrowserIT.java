package app.distribu.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

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
 * A business registers at a storefront, the distributor approves it, the invite arrives
 * in the local SMTP server and its link signs the contact in to the catalog; the
 * contact's session belongs to that store only. Real jars behind the gateway, real
 * headless Chromium; screenshots in target/screenshots.
 */
@TestMethodOrder(OrderAnnotation.class)
class StorefrontSignInBrowserIT {

	static final String OWNER = "olga@signin-goods.example";

	static final String PASSWORD = "signin-password-1";

	static final String BUYER = "bruno@corner-deli.example";

	static final Pattern LINK = Pattern.compile("https?://\\S+/store/\\S+/signin/[A-Za-z0-9_-]+");

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
	void twoDistributorsOpenTheirStores() {
		signUp("Other Store", "Other-Store", "oscar@other-store.example");
		signOut();
		signUp("Signin Goods", "Signin-Goods", OWNER);
		signOut();
	}

	@Test
	@Order(2)
	void aVisitorRegistersAndWaitsForApproval() {
		open("/store/Signin-Goods/register");
		type("businessName", "Corner Deli");
		type("name", "Bruno Buyer");
		type("email", BUYER);
		submit();

		waitFor(By.id("registered"));
		assertThat(text(By.id("registered"))).contains("Signin Goods", BUYER);
		screenshot("storefront-registered");

		open("/store/Signin-Goods/login");
		type("email", BUYER);
		browser.findElement(By.id("send-link")).click();
		assertThat(text(By.id("sign-in-sent"))).startsWith("If this address belongs to an account");
	}

	@Test
	@Order(3)
	void theDistributorApprovesAndSeesTheInviteLink() {
		open("/login");
		type("email", OWNER);
		type("password", PASSWORD);
		submit();
		waitForPath("/dashboard");

		open("/dashboard/customers");
		assertThat(text(By.id("pending-badge"))).isEqualTo("1 pending approval");
		browser.findElement(By.linkText("Corner Deli")).click();
		waitFor(By.id("approve")).click();

		WebElement link = waitFor(By.cssSelector("#invite-links input.invite-url"));
		assertThat(link.getAttribute("value")).contains("/store/Signin-Goods/signin/");
		assertThat(text(By.id("customer-status"))).isEqualTo("Active");
		screenshot("customer-approved");

		open("/dashboard/products/new");
		type("sku", "DELI-1");
		type("name", "Olive oil 5 L");
		type("price", "24.00");
		type("stock", "10");
		submit();
		waitFor(By.xpath("//*[contains(text(), 'Olive oil 5 L')]"));
		signOut();
	}

	@Test
	@Order(4)
	void theInviteFromTheMailSignsTheContactInToTheCatalog() {
		String link = awaitLink(BUYER, "Your account at Signin Goods is ready");
		browser.manage().deleteAllCookies();
		open(pathOf(link));
		assertThat(text(By.id("sign-in-title"))).isEqualTo("Welcome to Signin Goods");
		browser.findElement(By.id("sign-in")).click();

		waitForPath("/store/Signin-Goods");
		assertThat(browser.findElements(By.tagName("h1"))).isNotEmpty();
		assertThat(browser.manage().getCookieNamed("DISTRIBU_STORE_SESSION")).isNotNull();
		screenshot("storefront-signed-in");

		open(pathOf(link));
		assertThat(text(By.id("link-problem-title"))).isEqualTo("This link has already been used");
	}

	@Test
	@Order(5)
	void theContactOrdersFromTheCatalogThroughCartAndCheckout() {
		open("/store/Signin-Goods");
		assertThat(text(By.id("store-account"))).contains("Bruno Buyer", "Sign out");
		waitFor(By.cssSelector("form.add-to-cart button")).click();
		waitForPath("/store/Signin-Goods/cart");
		assertThat(text(By.cssSelector("#cart-lines tbody tr"))).contains("Olive oil 5 L");

		open("/store/Signin-Goods/checkout");
		assertThat(text(By.id("checkout-total"))).startsWith("24.00");
		waitFor(By.id("place-order")).click();

		waitFor(By.id("placed"));
		assertThat(text(By.id("status"))).isEqualTo("SUBMITTED");
		assertThat(text(By.id("total"))).startsWith("24.00");
		screenshot("storefront-order-placed");
		open("/store/Signin-Goods/orders");
		assertThat(text(By.tagName("main"))).contains("24.00");
	}

	@Test
	@Order(6)
	void theSessionAndItsLinksBelongToThatStoreOnly() {
		open("/store/Other-Store");
		assertThat(browser.manage().getCookieNamed("DISTRIBU_STORE_SESSION")).as("not sent to another store").isNull();
		open("/store/Signin-Goods");
		assertThat(browser.manage().getCookieNamed("DISTRIBU_STORE_SESSION")).isNotNull();

		open("/store/Signin-Goods/login");
		assertThat(text(By.id("signed-in"))).contains(BUYER);
		type("email", BUYER);
		browser.findElement(By.id("send-link")).click();
		String link = awaitLink(BUYER, "Sign in to Signin Goods");
		open(pathOf(link).replace("/store/Signin-Goods/", "/store/Other-Store/"));
		assertThat(text(By.id("link-problem-title"))).isEqualTo("This link is for another store");
		assertThat(browser.findElement(By.id("ask-for-link")).getAttribute("href"))
			.endsWith("/store/Other-Store/login");
		screenshot("storefront-wrong-store");
	}

	@Test
	@Order(7)
	void signingOutEndsTheStoreSession() {
		open("/store/Signin-Goods/login");
		waitFor(By.id("sign-out")).click();

		waitForPath("/store/Signin-Goods/login");
		assertThat(text(By.cssSelector(".alert.success"))).isEqualTo("You're signed out.");
		assertThat(browser.manage().getCookieNamed("DISTRIBU_STORE_SESSION")).isNull();
		assertThat(browser.findElements(By.id("signed-in"))).isEmpty();
	}

	private void signUp(String company, String slug, String email) {
		open("/signup");
		type("companyName", company);
		type("slug", slug);
		type("name", company + " Owner");
		type("email", email);
		type("password", PASSWORD);
		submit();
		waitForPath("/dashboard");
	}

	private void signOut() {
		browser.findElement(By.xpath("//form[@action='/logout']//button")).click();
		waitForPath("/login");
	}

	private String awaitLink(String to, String subject) {
		return StackMail.awaitLink(stack.config(), to, subject, LINK);
	}

	private static String pathOf(String link) {
		return StackMail.pathOf(link);
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
		return waitFor(locator).getText().trim();
	}

	private WebElement waitFor(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(locator));
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
