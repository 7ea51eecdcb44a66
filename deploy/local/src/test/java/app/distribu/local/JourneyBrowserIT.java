package app.distribu.local;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
import org.openqa.selenium.support.ui.Select;
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
 * After every step the test fails on any console error, on any page or resource answered
 * 4xx or 5xx, and on any page it shows that scrolls sideways or has a serious or critical
 * axe-core finding ({@link PageChecks}); after every form it reloads the page and checks
 * nothing happened twice (POST/redirect/GET). Screenshots at desktop and 390 px wide land
 * in target/screenshots/journey-*.png.
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

	static PageChecks checks;

	@BeforeAll
	static void start() {
		browser = HeadlessChromium.start();
		checks = new PageChecks(browser);
		stack = LocalStack.start(TestStacks.config(dataDir), false);
	}

	@AfterAll
	static void stop() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (stack != null) {
			stack.close();
			keepLogs();
		}
	}

	/** The services' logs outlive the temporary stack, for whoever reads a failure. */
	private static void keepLogs() throws IOException {
		Path kept = Path.of("target", "journey-logs");
		Files.createDirectories(kept);
		try (Stream<Path> logs = Files.list(stack.config().logs())) {
			for (Path log : logs.toList()) {
				Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	@AfterEach
	void nothingWentWrongInTheBrowser() {
		List<String> problems = new ArrayList<>(BrowserLogs.problems(browser));
		problems.addAll(checks.problems());
		checks.problems().clear();
		assertThat(problems).as("console errors, 4xx/5xx answers, axe findings, sideways scroll").isEmpty();
	}

	private static String logoUrl() {
		return stack.config().gatewayUrl() + STORE + "/logo";
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
		figuresShown();
		assertThat(text(By.cssSelector("#orders-today .stat"))).isEqualTo("0");
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

		openMail(OWNER, "New customer registration at Journey Goods: Harbour Deli");
		signIn();
		figuresShown();
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
		assertThat(text(By.tagName("body"))).contains("View your order", "1 Harbour Street");
		assertThat(browser.findElement(By.cssSelector("#brand img")).getAttribute("src")).as("the store's logo")
			.isEqualTo(logoUrl());
		assertThat(browser.findElement(By.cssSelector("#brand img")).getAttribute("alt")).isEqualTo("Journey Goods");
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
	void everyOtherFormOfTheBuyerRedirectsSoAReloadRepeatsNothing() {
		open(STORE + "/orders");
		submitAndReload(By.cssSelector("#store-orders form button[type=submit]"), STORE + "/cart");
		assertThat(browser.findElements(By.cssSelector("#cart-lines tbody tr"))).hasSize(1);
		assertThat(cartQuantity("OIL-02")).as("re-ordered once").isEqualTo("3");

		WebElement update = cartForm("/cart/update", "OIL-02");
		update.findElement(By.name("quantity")).clear();
		update.findElement(By.name("quantity")).sendKeys("5");
		submitAndReload(update, STORE + "/cart");
		assertThat(cartQuantity("OIL-02")).isEqualTo("5");

		type("lines", "OIL-04,2");
		submitAndReload(By.id("quick-add"), STORE + "/cart");
		assertThat(cartQuantity("OIL-04")).as("added once").isEqualTo("2");
		submitAndReload(cartForm("/cart/remove", "OIL-04"), STORE + "/cart");
		submitAndReload(cartForm("/cart/remove", "OIL-02"), STORE + "/cart");
		waitFor(By.id("empty-cart"));

		open(STORE + "/account");
		WebElement address = browser.findElement(By.id("address-form"));
		fill(address, "line1", "2 Quay Road", "postalCode", "3012 BB", "city", "Rotterdam", "country", "Netherlands");
		submitAndReload(address, STORE + "/account");
		assertThat(browser.findElements(By.cssSelector("#addresses li"))).as("saved once").hasSize(2);
		submitAndReload(accountAddressForm("2 Quay Road", "/default"), STORE + "/account");
		assertThat(text(By.xpath("//section[@id='addresses']//li[contains(., '2 Quay Road')]"))).contains("Default");
		submitAndReload(accountAddressForm("1 Harbour Street", "/default"), STORE + "/account");
		submitAndReload(accountAddressForm("2 Quay Road", "/remove"), STORE + "/account");
		assertThat(text(By.id("addresses"))).contains("1 Harbour Street", "Default").doesNotContain("2 Quay Road");
		screenshots("storefront-account-addresses");
	}

	@Test
	@Order(6)
	void theOwnerSeesTheOrderOnTheHomePageAndShipsItAndTheBuyerIsTold() {
		signIn();
		figuresShown();
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

	/**
	 * The rest of the dashboard's catalog, customer and order forms, each followed by a
	 * reload that must show the same page and repeat nothing.
	 */
	@Test
	@Order(7)
	void everyOtherDashboardFormRedirectsSoAReloadRepeatsNothing() throws IOException {
		open("/dashboard/products/new");
		fill(browser.findElement(By.cssSelector("main form")), "sku", "WALK-1", "name", "Walnut oil", "price", "8.00",
				"stock", "10");
		submitAndReload(By.cssSelector("main form button[type=submit]"), "/dashboard/products");
		open("/dashboard/products?q=WALK");
		assertThat(browser.findElements(By.xpath("//tbody/tr[td/code[.='WALK-1']]"))).as("added once").hasSize(1);
		submitAndReload(browser.findElement(By.cssSelector("form[action$='/active']")), "/dashboard/products");
		assertThat(text(By.xpath("//tbody/tr[td/code[.='WALK-1']]"))).contains("Inactive");
		browser.findElement(By.linkText("Walnut oil")).click();
		waitForPath("/dashboard/products/[^/]+");
		String product = browser.getCurrentUrl().replaceAll("[?#].*", "");

		WebElement details = browser.findElement(By.cssSelector("#details form"));
		fill(details, "name", "Walnut oil 1 L");
		submitAndReload(details, "/dashboard/products/[^/]+");
		WebElement stock = browser.findElement(By.cssSelector("#stock form"));
		fill(stock, "delta", "5", "reason", "Delivery from the mill");
		submitAndReload(stock, "/dashboard/products/[^/]+");
		assertThat(browser.findElements(By.xpath("//section[@id='history']//tr[td[.='Delivery from the mill']]")))
			.as("stock moved once")
			.hasSize(1);
		WebElement override = browser.findElement(By.cssSelector("form[action$='/price-overrides']"));
		fill(override, "price", "7.50");
		submitAndReload(override, "/dashboard/products/[^/]+");
		assertThat(browser.findElements(By.cssSelector("#overrides tbody tr"))).hasSize(1);
		submitAndReload(browser.findElement(By.cssSelector("#overrides form[action$='/delete']")),
				"/dashboard/products/[^/]+");

		browser.get(product + "/images");
		Path image = dataDir.resolve("walnut.png");
		ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
		browser.findElement(By.name("file")).sendKeys(image.toString());
		submitAndReload(browser.findElement(By.id("image-upload")), "/dashboard/products/[^/]+/images");
		assertThat(browser.findElements(By.cssSelector("#image-list .image"))).as("uploaded once").hasSize(1);
		submitAndReload(browser.findElement(By.cssSelector("#image-list form[action$='/delete']")),
				"/dashboard/products/[^/]+/images");
		assertThat(browser.findElements(By.cssSelector("#image-list .image"))).isEmpty();
		browser.get(product + "/delete");
		submitAndReload(By.cssSelector("main form button[type=submit]"), "/dashboard/products");

		open("/dashboard/products/categories");
		fill(browser.findElement(By.cssSelector("main form.filter")), "name", "Vinegars");
		submitAndReload(By.cssSelector("main form.filter button[type=submit]"), "/dashboard/products/categories");
		assertThat(browser.findElements(By.xpath("//tbody/tr[td/a[.='Vinegars']]"))).as("added once").hasSize(1);
		WebElement rename = browser.findElement(By.xpath("//tbody/tr[td/a[.='Vinegars']]//form"));
		fill(rename, "name", "Vinegar");
		submitAndReload(rename, "/dashboard/products/categories");
		browser.findElement(By.xpath("//tbody/tr[td/a[.='Vinegar']]//a[starts-with(., 'Delete')]")).click();
		submitAndReload(By.cssSelector("main form button[type=submit]"), "/dashboard/products/categories");
		assertThat(browser.findElements(By.xpath("//tbody/tr[td/a[starts-with(., 'Vinegar')]]"))).isEmpty();

		open("/dashboard/customers/new");
		fill(browser.findElement(By.cssSelector("main form")), "name", "Corner Cafe", "email", "cafe@corner.example");
		submitAndReload(By.cssSelector("main form button[type=submit]"), "/dashboard/customers");
		open("/dashboard/customers?q=Corner");
		assertThat(browser.findElements(By.linkText("Corner Cafe"))).as("added once").hasSize(1);
		browser.findElement(By.linkText("Corner Cafe")).click();
		waitForPath("/dashboard/customers/[^/]+");
		String customer = "/dashboard/customers/[^/]+";
		WebElement account = browser.findElement(By.cssSelector("#account form"));
		fill(account, "phone", "+31 10 555 0100");
		submitAndReload(account, customer);
		int contacts = browser.findElements(By.cssSelector("#contacts tbody tr")).size();
		WebElement contact = browser.findElement(By.id("add-contact"));
		fill(contact, "name", "Carla Cafe", "email", "carla@corner.example");
		submitAndReload(contact, customer);
		assertThat(browser.findElements(By.cssSelector("#contacts tbody tr"))).as("added once").hasSize(contacts + 1);
		WebElement carla = browser.findElement(By.xpath("//table[@id='contacts']//tr[.//input[@value='Carla Cafe']]"));
		fill(carla.findElement(By.cssSelector("form:has(input[name=name])")), "name", "Carla C. Cafe");
		submitAndReload(carla.findElement(By.cssSelector("form:has(input[name=name])")), customer);
		carla = browser.findElement(By.xpath("//table[@id='contacts']//tr[.//input[@value='Carla C. Cafe']]"));
		submitAndReload(carla.findElement(By.cssSelector("form:has(.resend-invite)")), customer);
		assertThat(browser.findElements(By.cssSelector("#invite-links input.invite-url"))).as("the link is shown once")
			.isEmpty();
		carla = browser.findElement(By.xpath("//table[@id='contacts']//tr[.//input[@value='Carla C. Cafe']]"));
		submitAndReload(carla.findElement(By.cssSelector("form[action$='/remove']")), customer);
		assertThat(browser.findElements(By.cssSelector("#contacts tbody tr"))).hasSize(contacts);

		for (String street : List.of("5 Market Square", "7 Dock Lane")) {
			WebElement address = browser.findElement(By.id("add-address"));
			fill(address, "line1", street, "city", "Delft", "postalCode", "2611 AA", "country", "Netherlands");
			submitAndReload(address, customer);
		}
		assertThat(browser.findElements(By.cssSelector("#addresses tbody tr"))).as("each added once").hasSize(2);
		submitAndReload(customerAddressForm("7 Dock Lane", "/default"), customer);
		submitAndReload(customerAddressForm("5 Market Square", "/remove"), customer);
		assertThat(text(By.cssSelector("#addresses tbody"))).contains("7 Dock Lane", "Default")
			.doesNotContain("5 Market Square");

		WebElement block = browser.findElement(By.id("block")).findElement(By.xpath("./ancestor::form"));
		block.findElement(By.name("confirm")).click();
		submitAndReload(block, customer);
		assertThat(text(By.id("customer-status"))).isEqualTo("Blocked");
		WebElement unblock = browser.findElement(By.id("unblock")).findElement(By.xpath("./ancestor::form"));
		unblock.findElement(By.name("confirm")).click();
		submitAndReload(unblock, customer);
		assertThat(text(By.id("customer-status"))).isEqualTo("Active");

		open("/dashboard/orders/new");
		new Select(browser.findElement(By.id("customer-select"))).selectByVisibleText("Harbour Deli");
		type("newSku", "OIL-05");
		browser.findElement(By.id("add-line")).click();
		waitFor(By.id("order-lines"));
		submitAndReload(By.id("place-order"), "/dashboard/orders/[^/]+");
		assertThat(text(By.id("status"))).isEqualTo("SUBMITTED");
		submitAndReload(By.id("to-CONFIRMED"), "/dashboard/orders/[^/]+");
		assertThat(browser.findElements(By.xpath("//table[@id='history']//tr[td[normalize-space()='CONFIRMED']]")))
			.as("confirmed once")
			.hasSize(1);
		confirmAndReload(By.id("cancel-order"), "/dashboard/orders/[^/]+");
		assertThat(text(By.id("status"))).isEqualTo("CANCELLED");
		confirmAndReload(By.id("delete-order"), "/dashboard/orders");
		open("/dashboard/orders");
		assertThat(browser.findElements(By.linkText("#1"))).hasSize(1);
		assertThat(browser.findElements(By.linkText("#2"))).as("deleted once, nothing placed twice").isEmpty();
		assertThat(browser.findElements(By.linkText("#3"))).isEmpty();
	}

	private String cartQuantity(String sku) {
		return cartForm("/cart/update", sku).findElement(By.name("quantity")).getAttribute("value");
	}

	private WebElement cartForm(String action, String sku) {
		return browser.findElement(By.xpath("//table[@id='cart-lines']//form[contains(@action, '" + action
				+ "')][input[@name='sku' and @value='" + sku + "']]"));
	}

	private WebElement accountAddressForm(String street, String action) {
		return browser.findElement(By.xpath("//section[@id='addresses']//li[contains(., '" + street
				+ "')]//form[substring(@action, string-length(@action) - " + (action.length() - 1) + ") = '" + action
				+ "']"));
	}

	private WebElement customerAddressForm(String street, String action) {
		return browser.findElement(By.xpath("//div[@id='addresses']//tr[contains(., '" + street
				+ "')]//form[substring(@action, string-length(@action) - " + (action.length() - 1) + ") = '" + action
				+ "']"));
	}

	/** Types into a form's fields: name, value, name, value... */
	private static void fill(WebElement form, String... namesAndValues) {
		for (int i = 0; i < namesAndValues.length; i += 2) {
			WebElement input = form.findElement(By.name(namesAndValues[i]));
			input.clear();
			input.sendKeys(namesAndValues[i + 1]);
		}
	}

	/**
	 * The home page's figures come from three services with a short timeout; right after
	 * the stack starts on a busy machine a part may say it is unavailable. The page then
	 * shows it on a later load.
	 */
	private void figuresShown() {
		new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(2)).until((driver) -> {
			if (driver.findElements(By.cssSelector(".home .unavailable")).isEmpty()) {
				return true;
			}
			driver.navigate().refresh();
			return false;
		});
	}

	/** Clicks a form's button, waits for the page it leads to, and reloads that page. */
	private void submitAndReload(By button, String pathAfter) {
		WebElement clicked = browser.findElement(button);
		clicked.click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(clicked));
		reloadAfter(pathAfter);
	}

	private void submitAndReload(WebElement form, String pathAfter) {
		WebElement button = form.findElement(By.cssSelector("button[type=submit]"));
		button.click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(button));
		reloadAfter(pathAfter);
	}

	/** The same for a form that asks "are you sure?" first. */
	private void confirmAndReload(By button, String pathAfter) {
		WebElement clicked = browser.findElement(button);
		clicked.click();
		browser.switchTo().alert().accept();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(clicked));
		reloadAfter(pathAfter);
	}

	/**
	 * Waits for the page a form led to and reloads it: a page that answered the POST
	 * itself would send the form again (or ask to); after a redirect the same page comes
	 * back.
	 */
	private void reloadAfter(String pathAfter) {
		waitForPath(pathAfter);
		String after = browser.getCurrentUrl();
		browser.navigate().refresh();
		assertThat(browser.getCurrentUrl()).isEqualTo(after);
	}

	/**
	 * Opens the newest mail to the address with that subject in the mail viewer and
	 * returns its first link.
	 */
	private String openMail(String to, String subject) {
		String viewer = "http://127.0.0.1:" + stack.config().mailViewerPort();
		WebElement message;
		try {
			message = await(() -> {
				browser.get(viewer);
				return browser
					.findElements(By.xpath("//tr[td[contains(., '" + to + "')]]//a[contains(., \"" + subject + "\")]"))
					.stream()
					.findFirst()
					.orElse(null);
			});
		}
		catch (TimeoutException ex) {
			throw new AssertionError("No mail to " + to + " with \"" + subject + "\"; the mail viewer shows:\n"
					+ browser.findElement(By.tagName("body")).getText(), ex);
		}
		message.click();
		waitFor(By.tagName("pre"));
		return browser.findElement(By.cssSelector("pre a")).getText();
	}

	private <T> T await(Supplier<T> found) {
		return new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
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

	/**
	 * The page as it is, at desktop width and at 390 px (a phone); product pages also
	 * pass {@link PageChecks} (axe-core, no sideways scroll), the local mail viewer only
	 * gets its screenshots.
	 */
	private void screenshots(String name) {
		try {
			if (name.startsWith("mail-")) {
				HeadlessChromium.screenshot(browser, "journey-" + name + "-desktop");
				browser.manage().window().setSize(PageChecks.PHONE);
				HeadlessChromium.screenshot(browser, "journey-" + name + "-phone");
			}
			else {
				checks.checkShown("journey-" + name, PageChecks.DESKTOP);
				browser.manage().window().setSize(PageChecks.PHONE);
				checks.checkShown("journey-" + name, PageChecks.PHONE);
			}
		}
		finally {
			browser.manage().window().setSize(PageChecks.DESKTOP);
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
