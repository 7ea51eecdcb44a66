package app.distribu.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import app.distribu.platform.test.BrowserLogs;
import app.distribu.platform.test.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey of a new distributor and their first buyer, in headless Chromium on
 * the real jars behind the gateway: sign-up → products CSV import → a business registers
 * and is approved (the invite) → the buyer puts a product in the cart before signing in,
 * signs in from the invite in the mail viewer, orders to a new address → the confirmation
 * and the new-order alert are in the mail viewer → the owner sees it on the dashboard
 * home and marks it shipped → the buyer gets the status mail.
 *
 * <p>
 * After every step the test fails on any console error and on any page or resource
 * answered 4xx or 5xx; after every form it reloads the page and checks nothing happened
 * twice (POST/redirect/GET). Screenshots at desktop and 390 px wide land in
 * target/screenshots/journey-*.png.
 */
@TestMethodOrder(OrderAnnotation.class)
class JourneyBrowserIT {

	static final String OWNER = "olivia@journey-goods.example";

	static final String PASSWORD = "journey-password-1";

	static final String BUYER = "bruno@harbour-deli.example";

	static final String STORE = "/store/Journey-Goods";

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

	@AfterEach
	void nothingWentWrongInTheBrowser() {
		assertThat(BrowserLogs.problems(browser)).as("console errors and 4xx/5xx answers").isEmpty();
	}

	@Test
	@Order(1)
	void aDistributorSignsUpAndImportsTheirCatalog() throws IOException {
		open("/signup");
		type("companyName", "Journey Goods");
		type("slug", "Journey-Goods");
		type("name", "Olivia Owner");
		type("email", OWNER);
		type("password", PASSWORD);
		submit();
		waitForPath("/dashboard");
		assertThat(text(By.id("orders-today"))).contains("0");
		assertThat(text(By.id("store-url"))).endsWith(STORE);

		Path csv = dataDir.resolve("products.csv");
		Files.writeString(csv,
				"sku,name,description,category,price,stock,active\n" + IntStream.rangeClosed(1, 30)
					.mapToObj((i) -> String.format("OIL-%02d,Olive oil %02d,Cold pressed,Oils,%d.50,%d,true", i, i,
							10 + i, (i == 3) ? 0 : 40))
					.collect(Collectors.joining("\n")) + "\n",
				StandardCharsets.UTF_8);
		open("/dashboard/products/import");
		browser.findElement(By.name("file")).sendKeys(csv.toString());
		submitAndReload(By.cssSelector("#import-form button[type=submit]"), "/dashboard/products/import/.+");
		new WebDriverWait(browser, Duration.ofSeconds(60)).until((driver) -> {
			driver.navigate().refresh();
			return !driver.findElements(By.id("created")).isEmpty();
		});
		assertThat(text(By.id("created"))).isEqualTo("30");
		screenshots("import");
	}

	@Test
	@Order(2)
	void aBusinessRegistersAndTheOwnerApprovesItWhichSendsTheInvite() {
		signOut();
		open(STORE + "/register");
		type("businessName", "Harbour Deli");
		type("name", "Bruno Buyer");
		type("email", BUYER);
		submitAndReload(By.id("register"), STORE + "/register");
		assertThat(text(By.id("registered"))).contains("Journey Goods");

		signIn();
		assertThat(text(By.cssSelector("#registrations .stat"))).isEqualTo("1");
		screenshots("dashboard-home-new-store");
		browser.findElement(By.cssSelector("#registrations li a")).click();
		waitFor(By.id("approve")).click();
		waitForPath("/dashboard/customers/.+");
		assertThat(waitFor(By.cssSelector("#invite-links input.invite-url")).getAttribute("value"))
			.contains(STORE + "/signin/");
		screenshots("customer-approved");
		browser.navigate().refresh();
		assertThat(text(By.id("customer-status"))).isEqualTo("Active");
		assertThat(browser.findElements(By.cssSelector("#invite-links input.invite-url")))
			.as("the link is shown once: a reload neither shows it again nor sends another")
			.isEmpty();
		signOut();
	}

	@Test
	@Order(3)
	void theBuyerChoosesAProductBeforeSigningInAndFindsItInTheCartAfterTheInvite() {
		open(STORE);
		assertThat(browser.findElements(By.cssSelector("article.product"))).hasSize(24);
		assertThat(text(By.id("pager"))).contains("Page 1 of 2");
		screenshots("storefront-catalog");
		WebElement oil = browser.findElement(By.xpath("//article[.//a[normalize-space()='Olive oil 02']]"));
		oil.findElement(By.cssSelector("input[name=quantity]")).clear();
		oil.findElement(By.cssSelector("input[name=quantity]")).sendKeys("3");
		oil.findElement(By.cssSelector("form.add-to-cart button")).click();
		waitForPath(STORE + "/login");
		assertThat(text(By.id("kept"))).contains("waiting in your cart");
		waitForText(By.id("cart-count"), "1");

		String invite = openMail(BUYER, "Your account at Journey Goods is ready");
		browser.findElement(By.linkText(invite)).click();
		waitFor(By.id("sign-in")).click();
		waitForPath(STORE);
		waitForText(By.id("cart-count"), "1");

		browser.findElement(By.id("cart-link")).click();
		waitForPath(STORE + "/cart");
		assertThat(text(By.id("cart-notice"))).contains("before signing in is in your cart");
		assertThat(text(By.cssSelector("#cart-lines tbody tr"))).contains("Olive oil 02");
		browser.navigate().refresh();
		assertThat(browser.findElements(By.cssSelector("#cart-lines tbody tr"))).hasSize(1);
		assertThat(text(By.cssSelector("#cart-lines tbody tr"))).as("added once").contains("37.50");
		screenshots("storefront-cart");
	}

	@Test
	@Order(4)
	void theBuyerOrdersToANewAddressAndBothSidesAreMailed() {
		browser.findElement(By.id("to-checkout")).click();
		waitForPath(STORE + "/checkout");
		type("line1", "1 Harbour Street");
		type("postalCode", "3011 AA");
		type("city", "Rotterdam");
		type("country", "Netherlands");
		type("poNumber", "PO-JOURNEY-1");
		screenshots("storefront-checkout");
		submitAndReload(By.id("place-order"), STORE + "/orders/.+");
		assertThat(text(By.id("placed"))).contains("Order #1 is placed");
		open(STORE + "/orders");
		assertThat(browser.findElements(By.cssSelector("#store-orders tbody tr"))).as("ordered once").hasSize(1);

		openMail(BUYER, "Your order #1 at Journey Goods");
		assertThat(text(By.tagName("pre"))).contains("Olive oil 02", "1 Harbour Street", "Total: 37.50");
		browser.findElement(By.id("as-html")).click();
		assertThat(text(By.tagName("body"))).contains("Journey Goods", "View your order", "1 Harbour Street");
		screenshots("mail-order-confirmation");
		openMail(OWNER, "New order #1 from Harbour Deli");
		assertThat(text(By.tagName("pre"))).contains("3 x Olive oil 02", "Deliver to: 1 Harbour Street");

		open(STORE + "/account");
		assertThat(text(By.id("addresses"))).contains("1 Harbour Street", "Default");
		assertThat(text(By.id("recent-orders"))).contains("#1");
		type("name", "Bruno B. Buyer");
		browser.findElement(By.cssSelector("#name-form button")).click();
		waitFor(By.id("account-notice"));
		browser.navigate().refresh();
		assertThat(browser.findElements(By.id("account-notice"))).as("the notice is shown once").isEmpty();
		assertThat(browser.findElement(By.cssSelector("#name-form input[name=name]")).getAttribute("value"))
			.isEqualTo("Bruno B. Buyer");
		screenshots("storefront-account");
	}

	@Test
	@Order(5)
	void theOwnerSeesTheOrderOnTheHomePageAndShipsItAndTheBuyerIsTold() {
		signIn();
		assertThat(text(By.cssSelector("#orders-today .stat"))).isEqualTo("1");
		assertThat(text(By.cssSelector("#orders-today .sub"))).startsWith("37.50");
		assertThat(text(By.cssSelector("#orders-waiting .stat"))).isEqualTo("1");
		assertThat(text(By.cssSelector("#low-stock .stat"))).isEqualTo("1");
		assertThat(text(By.id("plan-usage"))).contains("1 / ");
		screenshots("dashboard-home");

		browser.findElement(By.cssSelector("#orders-waiting .stat a")).click();
		waitForPath("/dashboard/orders");
		browser.findElement(By.linkText("#1")).click();
		waitFor(By.id("to-SHIPPED"));
		submitAndReload(By.id("to-SHIPPED"), "/dashboard/orders/.+");
		assertThat(text(By.id("status"))).isEqualTo("SHIPPED");
		assertThat(browser.findElements(By.xpath("//table[@id='history']//tr[td[normalize-space()='SHIPPED']]")))
			.as("shipped once")
			.hasSize(1);
		screenshots("order-shipped");

		openMail(BUYER, "Your order #1 at Journey Goods has shipped");
		assertThat(text(By.tagName("pre"))).contains("has shipped and is on its way");
		browser.findElement(By.id("as-html")).click();
		screenshots("mail-order-shipped");
	}

	/** Clicks a form's button, waits for the page it leads to, and reloads that page. */
	private void submitAndReload(By button, String pathAfter) {
		browser.findElement(button).click();
		waitForPath(pathAfter);
		String after = browser.getCurrentUrl();
		// A page that answered the POST itself would ask to send the form again here.
		browser.navigate().refresh();
		assertThat(browser.getCurrentUrl()).isEqualTo(after);
	}

	/**
	 * Opens the newest mail to the address with that subject in the mail viewer and
	 * returns its first link.
	 */
	private String openMail(String to, String subject) {
		String viewer = "http://127.0.0.1:" + stack.config().mailViewerPort();
		WebElement message = await(() -> {
			browser.get(viewer);
			return browser
				.findElements(By.xpath("//tr[td[contains(., '" + to + "')]]//a[contains(., \"" + subject + "\")]"))
				.stream()
				.findFirst()
				.orElse(null);
		});
		message.click();
		waitFor(By.tagName("pre"));
		return browser.findElement(By.cssSelector("pre a")).getText();
	}

	private <T> T await(Supplier<T> found) {
		return new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500))
			.until((driver) -> found.get());
	}

	private void signIn() {
		open("/login");
		type("email", OWNER);
		type("password", PASSWORD);
		submit();
		waitForPath("/dashboard");
	}

	private void signOut() {
		open("/dashboard");
		browser.findElement(By.xpath("//form[@action='/logout']//button")).click();
		waitForPath("/login");
	}

	/** The page as it is, at desktop width and at 390 px (a phone). */
	private void screenshots(String name) {
		HeadlessChromium.screenshot(browser, "journey-" + name);
		browser.manage().window().setSize(new Dimension(390, 844));
		try {
			HeadlessChromium.screenshot(browser, "journey-" + name + "-390");
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 900));
		}
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

	private void waitForText(By locator, String expected) {
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(locator, expected));
	}

	private WebElement waitFor(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	private void waitForPath(String path) {
		try {
			new WebDriverWait(browser, Duration.ofSeconds(20))
				.until(ExpectedConditions.urlMatches("^" + stack.config().gatewayUrl() + path + "([?#].*)?$"));
		}
		catch (TimeoutException ex) {
			throw new AssertionError("Expected to reach " + path + " but the browser shows " + browser.getCurrentUrl()
					+ ":\n" + browser.findElement(By.tagName("body")).getText(), ex);
		}
	}

}
