package app.distribu.local;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
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

	@RegisterExtension
	static final BrowserOnStack ui = BrowserOnStack.empty();

	static PageChecks checks;

	@BeforeAll
	static void start() {
		checks = new PageChecks(ui.browser());
	}

	@AfterEach
	void nothingWentWrongInTheBrowser() {
		List<String> problems = new ArrayList<>(BrowserLogs.problems(ui.browser()));
		problems.addAll(checks.problems());
		checks.problems().clear();
		assertThat(problems).as("console errors, 4xx/5xx answers, axe findings, sideways scroll").isEmpty();
	}

	private static String logoUrl() {
		return ui.stack().config().gatewayUrl() + STORE + "/logo";
	}

	@Test
	@Order(1)
	void aDistributorSignsUpAndImportsTheirCatalog() throws IOException {
		ui.open("/signup");
		ui.type("companyName", "Journey Goods");
		ui.type("slug", "Journey-Goods");
		ui.type("name", "Olivia Owner");
		ui.type("email", OWNER);
		ui.type("password", PASSWORD);
		ui.submit();
		ui.waitForPath("/dashboard");
		figuresShown();
		assertThat(ui.text(By.cssSelector("#orders-today .stat"))).isEqualTo("0");
		assertThat(ui.text(By.id("store-url"))).endsWith(STORE);

		Path csv = ui.dataDir().resolve("products.csv");
		Files.writeString(csv,
				"sku,name,description,category,price,stock,active\n" + IntStream.rangeClosed(1, 30)
					.mapToObj((i) -> String.format("OIL-%02d,Olive oil %02d,Cold pressed,Oils,%d.50,%d,true", i, i,
							10 + i, (i == 3) ? 0 : 40))
					.collect(Collectors.joining("\n")) + "\n",
				StandardCharsets.UTF_8);
		ui.open("/dashboard/products/import");
		ui.browser().findElement(By.name("file")).sendKeys(csv.toString());
		submitAndReload(By.cssSelector("#import-form button[type=submit]"), "/dashboard/products/import/.+");
		new WebDriverWait(ui.browser(), Duration.ofSeconds(60)).until((driver) -> {
			driver.navigate().refresh();
			return !driver.findElements(By.id("created")).isEmpty();
		});
		assertThat(ui.text(By.id("created"))).isEqualTo("30");
		screenshots("import");
	}

	@Test
	@Order(2)
	void aBusinessRegistersAndTheOwnerApprovesItWhichSendsTheInvite() {
		signOut();
		ui.open(STORE + "/register");
		ui.type("businessName", "Harbour Deli");
		ui.type("name", "Bruno Buyer");
		ui.type("email", BUYER);
		submitAndReload(By.id("register"), STORE + "/register");
		assertThat(ui.text(By.id("registered"))).contains("Journey Goods");

		openMail(OWNER, "New customer registration at Journey Goods: Harbour Deli");
		signIn();
		figuresShown();
		assertThat(ui.text(By.cssSelector("#registrations .stat"))).isEqualTo("1");
		screenshots("dashboard-home-new-store");
		ui.browser().findElement(By.cssSelector("#registrations li a")).click();
		ui.waitFor(By.id("approve")).click();
		ui.waitForPath("/dashboard/customers/.+");
		assertThat(ui.waitFor(By.cssSelector("#invite-links input.invite-url")).getAttribute("value"))
			.contains(STORE + "/signin/");
		screenshots("customer-approved");
		ui.browser().navigate().refresh();
		assertThat(ui.text(By.id("customer-status"))).isEqualTo("Active");
		assertThat(ui.browser().findElements(By.cssSelector("#invite-links input.invite-url")))
			.as("the link is shown once: a reload neither shows it again nor sends another")
			.isEmpty();
		signOut();
	}

	@Test
	@Order(3)
	void theBuyerChoosesAProductBeforeSigningInAndFindsItInTheCartAfterTheInvite() {
		ui.open(STORE);
		assertThat(ui.browser().findElements(By.cssSelector("article.product"))).hasSize(24);
		assertThat(ui.text(By.id("pager"))).contains("Page 1 of 2");
		screenshots("storefront-catalog");
		WebElement oil = ui.browser().findElement(By.xpath("//article[.//a[normalize-space()='Olive oil 02']]"));
		oil.findElement(By.cssSelector("input[name=quantity]")).clear();
		oil.findElement(By.cssSelector("input[name=quantity]")).sendKeys("3");
		oil.findElement(By.cssSelector("form.add-to-cart button")).click();
		ui.waitForPath(STORE + "/login");
		assertThat(ui.text(By.id("kept"))).contains("waiting in your cart");
		ui.waitForText(By.id("cart-count"), "1");

		String invite = openMail(BUYER, "Your account at Journey Goods is ready");
		ui.browser().findElement(By.linkText(invite)).click();
		ui.waitFor(By.id("sign-in")).click();
		ui.waitForPath(STORE);
		ui.waitForText(By.id("cart-count"), "1");

		ui.browser().findElement(By.id("cart-link")).click();
		ui.waitForPath(STORE + "/cart");
		assertThat(ui.text(By.id("cart-notice"))).contains("before signing in is in your cart");
		assertThat(ui.text(By.cssSelector("#cart-lines tbody tr"))).contains("Olive oil 02");
		ui.browser().navigate().refresh();
		assertThat(ui.browser().findElements(By.cssSelector("#cart-lines tbody tr"))).hasSize(1);
		assertThat(ui.text(By.cssSelector("#cart-lines tbody tr"))).as("added once").contains("37.50");
		screenshots("storefront-cart");
	}

	@Test
	@Order(4)
	void theBuyerOrdersToANewAddressAndBothSidesAreMailed() {
		ui.browser().findElement(By.id("to-checkout")).click();
		ui.waitForPath(STORE + "/checkout");
		ui.type("line1", "1 Harbour Street");
		ui.type("postalCode", "3011 AA");
		ui.type("city", "Rotterdam");
		ui.type("country", "Netherlands");
		ui.type("poNumber", "PO-JOURNEY-1");
		screenshots("storefront-checkout");
		submitAndReload(By.id("place-order"), STORE + "/orders/.+");
		assertThat(ui.text(By.id("placed"))).contains("Order #1 is placed");
		ui.open(STORE + "/orders");
		assertThat(ui.browser().findElements(By.cssSelector("#store-orders tbody tr"))).as("ordered once").hasSize(1);

		openMail(BUYER, "Your order #1 at Journey Goods");
		assertThat(ui.text(By.tagName("pre"))).contains("Olive oil 02", "1 Harbour Street", "Total: 37.50");
		ui.browser().findElement(By.id("as-html")).click();
		assertThat(ui.text(By.tagName("body"))).contains("View your order", "1 Harbour Street");
		assertThat(ui.browser().findElement(By.cssSelector("#brand img")).getAttribute("src")).as("the store's logo")
			.isEqualTo(logoUrl());
		assertThat(ui.browser().findElement(By.cssSelector("#brand img")).getAttribute("alt"))
			.isEqualTo("Journey Goods");
		screenshots("mail-order-confirmation");
		openMail(OWNER, "New order #1 from Harbour Deli");
		assertThat(ui.text(By.tagName("pre"))).contains("3 x Olive oil 02", "Deliver to: 1 Harbour Street");

		ui.open(STORE + "/account");
		assertThat(ui.text(By.id("addresses"))).contains("1 Harbour Street", "Default");
		assertThat(ui.text(By.id("recent-orders"))).contains("#1");
		ui.type("name", "Bruno B. Buyer");
		ui.browser().findElement(By.cssSelector("#name-form button")).click();
		ui.waitFor(By.id("account-notice"));
		ui.browser().navigate().refresh();
		assertThat(ui.browser().findElements(By.id("account-notice"))).as("the notice is shown once").isEmpty();
		assertThat(ui.browser().findElement(By.cssSelector("#name-form input[name=name]")).getAttribute("value"))
			.isEqualTo("Bruno B. Buyer");
		screenshots("storefront-account");
	}

	@Test
	@Order(5)
	void everyOtherFormOfTheBuyerRedirectsSoAReloadRepeatsNothing() {
		ui.open(STORE + "/orders");
		submitAndReload(By.cssSelector("#store-orders form button[type=submit]"), STORE + "/cart");
		assertThat(ui.browser().findElements(By.cssSelector("#cart-lines tbody tr"))).hasSize(1);
		assertThat(cartQuantity("OIL-02")).as("re-ordered once").isEqualTo("3");

		WebElement update = cartForm("/cart/update", "OIL-02");
		update.findElement(By.name("quantity")).clear();
		update.findElement(By.name("quantity")).sendKeys("5");
		submitAndReload(update, STORE + "/cart");
		assertThat(cartQuantity("OIL-02")).isEqualTo("5");

		ui.type("lines", "OIL-04,2");
		submitAndReload(By.id("quick-add"), STORE + "/cart");
		assertThat(cartQuantity("OIL-04")).as("added once").isEqualTo("2");
		submitAndReload(cartForm("/cart/remove", "OIL-04"), STORE + "/cart");
		submitAndReload(cartForm("/cart/remove", "OIL-02"), STORE + "/cart");
		ui.waitFor(By.id("empty-cart"));

		ui.open(STORE + "/account");
		WebElement address = ui.browser().findElement(By.id("address-form"));
		fill(address, "line1", "2 Quay Road", "postalCode", "3012 BB", "city", "Rotterdam", "country", "Netherlands");
		submitAndReload(address, STORE + "/account");
		assertThat(ui.browser().findElements(By.cssSelector("#addresses li"))).as("saved once").hasSize(2);
		submitAndReload(accountAddressForm("2 Quay Road", "/default"), STORE + "/account");
		assertThat(ui.text(By.xpath("//section[@id='addresses']//li[contains(., '2 Quay Road')]"))).contains("Default");
		submitAndReload(accountAddressForm("1 Harbour Street", "/default"), STORE + "/account");
		submitAndReload(accountAddressForm("2 Quay Road", "/remove"), STORE + "/account");
		assertThat(ui.text(By.id("addresses"))).contains("1 Harbour Street", "Default").doesNotContain("2 Quay Road");
		screenshots("storefront-account-addresses");
	}

	@Test
	@Order(6)
	void theOwnerSeesTheOrderOnTheHomePageAndShipsItAndTheBuyerIsTold() {
		signIn();
		figuresShown();
		assertThat(ui.text(By.cssSelector("#orders-today .stat"))).isEqualTo("1");
		assertThat(ui.text(By.cssSelector("#orders-today .sub"))).startsWith("37.50");
		assertThat(ui.text(By.cssSelector("#orders-waiting .stat"))).isEqualTo("1");
		assertThat(ui.text(By.cssSelector("#low-stock .stat"))).isEqualTo("1");
		assertThat(ui.text(By.id("plan-usage"))).contains("1 / ");
		screenshots("dashboard-home");

		ui.browser().findElement(By.cssSelector("#orders-waiting .stat a")).click();
		ui.waitForPath("/dashboard/orders");
		ui.browser().findElement(By.linkText("#1")).click();
		ui.waitFor(By.id("to-SHIPPED"));
		submitAndReload(By.id("to-SHIPPED"), "/dashboard/orders/.+");
		assertThat(ui.text(By.id("status"))).isEqualTo("SHIPPED");
		assertThat(ui.browser().findElements(By.xpath("//table[@id='history']//tr[td[normalize-space()='SHIPPED']]")))
			.as("shipped once")
			.hasSize(1);
		screenshots("order-shipped");

		openMail(BUYER, "Your order #1 at Journey Goods has shipped");
		assertThat(ui.text(By.tagName("pre"))).contains("has shipped and is on its way");
		ui.browser().findElement(By.id("as-html")).click();
		screenshots("mail-order-shipped");
	}

	/**
	 * The rest of the dashboard's catalog, customer and order forms, each followed by a
	 * reload that must show the same page and repeat nothing.
	 */
	@Test
	@Order(7)
	void everyOtherDashboardFormRedirectsSoAReloadRepeatsNothing() throws IOException {
		ui.open("/dashboard/products/new");
		fill(ui.browser().findElement(By.cssSelector("main form")), "sku", "WALK-1", "name", "Walnut oil", "price",
				"8.00", "stock", "10");
		submitAndReload(By.cssSelector("main form button[type=submit]"), "/dashboard/products");
		ui.open("/dashboard/products?q=WALK");
		assertThat(ui.browser().findElements(By.xpath("//tbody/tr[td/code[.='WALK-1']]"))).as("added once").hasSize(1);
		submitAndReload(ui.browser().findElement(By.cssSelector("form[action$='/active']")), "/dashboard/products");
		assertThat(ui.text(By.xpath("//tbody/tr[td/code[.='WALK-1']]"))).contains("Inactive");
		ui.browser().findElement(By.linkText("Walnut oil")).click();
		ui.waitForPath("/dashboard/products/[^/]+");
		String product = ui.browser().getCurrentUrl().replaceAll("[?#].*", "");

		WebElement details = ui.browser().findElement(By.cssSelector("#details form"));
		fill(details, "name", "Walnut oil 1 L");
		submitAndReload(details, "/dashboard/products/[^/]+");
		WebElement stock = ui.browser().findElement(By.cssSelector("#stock form"));
		fill(stock, "delta", "5", "reason", "Delivery from the mill");
		submitAndReload(stock, "/dashboard/products/[^/]+");
		assertThat(ui.browser().findElements(By.xpath("//section[@id='history']//tr[td[.='Delivery from the mill']]")))
			.as("stock moved once")
			.hasSize(1);
		WebElement override = ui.browser().findElement(By.cssSelector("form[action$='/price-overrides']"));
		fill(override, "price", "7.50");
		submitAndReload(override, "/dashboard/products/[^/]+");
		assertThat(ui.browser().findElements(By.cssSelector("#overrides tbody tr"))).hasSize(1);
		submitAndReload(ui.browser().findElement(By.cssSelector("#overrides form[action$='/delete']")),
				"/dashboard/products/[^/]+");

		ui.browser().get(product + "/images");
		Path image = ui.dataDir().resolve("walnut.png");
		ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
		ui.browser().findElement(By.name("file")).sendKeys(image.toString());
		submitAndReload(ui.browser().findElement(By.id("image-upload")), "/dashboard/products/[^/]+/images");
		assertThat(ui.browser().findElements(By.cssSelector("#image-list .image"))).as("uploaded once").hasSize(1);
		submitAndReload(ui.browser().findElement(By.cssSelector("#image-list form[action$='/delete']")),
				"/dashboard/products/[^/]+/images");
		assertThat(ui.browser().findElements(By.cssSelector("#image-list .image"))).isEmpty();
		ui.browser().get(product + "/delete");
		submitAndReload(By.cssSelector("main form button[type=submit]"), "/dashboard/products");

		ui.open("/dashboard/products/categories");
		fill(ui.browser().findElement(By.cssSelector("main form.filter")), "name", "Vinegars");
		submitAndReload(By.cssSelector("main form.filter button[type=submit]"), "/dashboard/products/categories");
		assertThat(ui.browser().findElements(By.xpath("//tbody/tr[td/a[.='Vinegars']]"))).as("added once").hasSize(1);
		WebElement rename = ui.browser().findElement(By.xpath("//tbody/tr[td/a[.='Vinegars']]//form"));
		fill(rename, "name", "Vinegar");
		submitAndReload(rename, "/dashboard/products/categories");
		ui.browser().findElement(By.xpath("//tbody/tr[td/a[.='Vinegar']]//a[starts-with(., 'Delete')]")).click();
		submitAndReload(By.cssSelector("main form button[type=submit]"), "/dashboard/products/categories");
		assertThat(ui.browser().findElements(By.xpath("//tbody/tr[td/a[starts-with(., 'Vinegar')]]"))).isEmpty();

		ui.open("/dashboard/customers/new");
		fill(ui.browser().findElement(By.cssSelector("main form")), "name", "Corner Cafe", "email",
				"cafe@corner.example");
		submitAndReload(By.cssSelector("main form button[type=submit]"), "/dashboard/customers");
		ui.open("/dashboard/customers?q=Corner");
		assertThat(ui.browser().findElements(By.linkText("Corner Cafe"))).as("added once").hasSize(1);
		ui.browser().findElement(By.linkText("Corner Cafe")).click();
		ui.waitForPath("/dashboard/customers/[^/]+");
		String customer = "/dashboard/customers/[^/]+";
		WebElement account = ui.browser().findElement(By.cssSelector("#account form"));
		fill(account, "phone", "+31 10 555 0100");
		submitAndReload(account, customer);
		int contacts = ui.browser().findElements(By.cssSelector("#contacts tbody tr")).size();
		WebElement contact = ui.browser().findElement(By.id("add-contact"));
		fill(contact, "name", "Carla Cafe", "email", "carla@corner.example");
		submitAndReload(contact, customer);
		assertThat(ui.browser().findElements(By.cssSelector("#contacts tbody tr"))).as("added once")
			.hasSize(contacts + 1);
		WebElement carla = ui.browser()
			.findElement(By.xpath("//table[@id='contacts']//tr[.//input[@value='Carla Cafe']]"));
		fill(carla.findElement(By.cssSelector("form:has(input[name=name])")), "name", "Carla C. Cafe");
		submitAndReload(carla.findElement(By.cssSelector("form:has(input[name=name])")), customer);
		carla = ui.browser().findElement(By.xpath("//table[@id='contacts']//tr[.//input[@value='Carla C. Cafe']]"));
		submitAndReload(carla.findElement(By.cssSelector("form:has(.resend-invite)")), customer);
		assertThat(ui.browser().findElements(By.cssSelector("#invite-links input.invite-url")))
			.as("the link is shown once")
			.isEmpty();
		carla = ui.browser().findElement(By.xpath("//table[@id='contacts']//tr[.//input[@value='Carla C. Cafe']]"));
		submitAndReload(carla.findElement(By.cssSelector("form[action$='/remove']")), customer);
		assertThat(ui.browser().findElements(By.cssSelector("#contacts tbody tr"))).hasSize(contacts);

		for (String street : List.of("5 Market Square", "7 Dock Lane")) {
			WebElement address = ui.browser().findElement(By.id("add-address"));
			fill(address, "line1", street, "city", "Delft", "postalCode", "2611 AA", "country", "Netherlands");
			submitAndReload(address, customer);
		}
		assertThat(ui.browser().findElements(By.cssSelector("#addresses tbody tr"))).as("each added once").hasSize(2);
		submitAndReload(customerAddressForm("7 Dock Lane", "/default"), customer);
		submitAndReload(customerAddressForm("5 Market Square", "/remove"), customer);
		assertThat(ui.text(By.cssSelector("#addresses tbody"))).contains("7 Dock Lane", "Default")
			.doesNotContain("5 Market Square");

		WebElement block = ui.browser().findElement(By.id("block")).findElement(By.xpath("./ancestor::form"));
		block.findElement(By.name("confirm")).click();
		submitAndReload(block, customer);
		assertThat(ui.text(By.id("customer-status"))).isEqualTo("Blocked");
		WebElement unblock = ui.browser().findElement(By.id("unblock")).findElement(By.xpath("./ancestor::form"));
		unblock.findElement(By.name("confirm")).click();
		submitAndReload(unblock, customer);
		assertThat(ui.text(By.id("customer-status"))).isEqualTo("Active");

		ui.open("/dashboard/orders/new");
		new Select(ui.browser().findElement(By.id("customer-select"))).selectByVisibleText("Harbour Deli");
		ui.type("newSku", "OIL-05");
		ui.browser().findElement(By.id("add-line")).click();
		ui.waitFor(By.id("order-lines"));
		submitAndReload(By.id("place-order"), "/dashboard/orders/[^/]+");
		assertThat(ui.text(By.id("status"))).isEqualTo("SUBMITTED");
		submitAndReload(By.id("to-CONFIRMED"), "/dashboard/orders/[^/]+");
		assertThat(ui.browser().findElements(By.xpath("//table[@id='history']//tr[td[normalize-space()='CONFIRMED']]")))
			.as("confirmed once")
			.hasSize(1);
		confirmAndReload(By.id("cancel-order"), "/dashboard/orders/[^/]+");
		assertThat(ui.text(By.id("status"))).isEqualTo("CANCELLED");
		confirmAndReload(By.id("delete-order"), "/dashboard/orders");
		ui.open("/dashboard/orders");
		assertThat(ui.browser().findElements(By.linkText("#1"))).hasSize(1);
		assertThat(ui.browser().findElements(By.linkText("#2"))).as("deleted once, nothing placed twice").isEmpty();
		assertThat(ui.browser().findElements(By.linkText("#3"))).isEmpty();
	}

	private String cartQuantity(String sku) {
		return cartForm("/cart/update", sku).findElement(By.name("quantity")).getAttribute("value");
	}

	private WebElement cartForm(String action, String sku) {
		return ui.browser()
			.findElement(By.xpath("//table[@id='cart-lines']//form[contains(@action, '" + action
					+ "')][input[@name='sku' and @value='" + sku + "']]"));
	}

	private WebElement accountAddressForm(String street, String action) {
		return ui.browser()
			.findElement(By.xpath("//section[@id='addresses']//li[contains(., '" + street
					+ "')]//form[substring(@action, string-length(@action) - " + (action.length() - 1) + ") = '"
					+ action + "']"));
	}

	private WebElement customerAddressForm(String street, String action) {
		return ui.browser()
			.findElement(By.xpath("//div[@id='addresses']//tr[contains(., '" + street
					+ "')]//form[substring(@action, string-length(@action) - " + (action.length() - 1) + ") = '"
					+ action + "']"));
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
		new WebDriverWait(ui.browser(), Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(2)).until((driver) -> {
			if (driver.findElements(By.cssSelector(".home .unavailable")).isEmpty()) {
				return true;
			}
			driver.navigate().refresh();
			return false;
		});
	}

	/** Clicks a form's button, waits for the page it leads to, and reloads that page. */
	private void submitAndReload(By button, String pathAfter) {
		WebElement clicked = ui.browser().findElement(button);
		clicked.click();
		ui.waitUntilReplaced(clicked);
		reloadAfter(pathAfter);
	}

	private void submitAndReload(WebElement form, String pathAfter) {
		WebElement button = form.findElement(By.cssSelector("button[type=submit]"));
		button.click();
		ui.waitUntilReplaced(button);
		reloadAfter(pathAfter);
	}

	/** The same for a form that asks "are you sure?" first. */
	private void confirmAndReload(By button, String pathAfter) {
		WebElement clicked = ui.browser().findElement(button);
		clicked.click();
		ui.browser().switchTo().alert().accept();
		ui.waitUntilReplaced(clicked);
		reloadAfter(pathAfter);
	}

	/**
	 * Waits for the page a form led to and reloads it: a page that answered the POST
	 * itself would send the form again (or ask to); after a redirect the same page comes
	 * back.
	 */
	private void reloadAfter(String pathAfter) {
		ui.waitForPath(pathAfter);
		String after = ui.browser().getCurrentUrl();
		ui.browser().navigate().refresh();
		assertThat(ui.browser().getCurrentUrl()).isEqualTo(after);
	}

	/**
	 * Opens the newest mail to the address with that subject in the mail viewer and
	 * returns its first link.
	 */
	private String openMail(String to, String subject) {
		String viewer = "http://127.0.0.1:" + ui.stack().config().mailViewerPort();
		WebElement message;
		try {
			message = await(() -> {
				ui.browser().get(viewer);
				return ui.browser()
					.findElements(By.xpath("//tr[td[contains(., '" + to + "')]]//a[contains(., \"" + subject + "\")]"))
					.stream()
					.findFirst()
					.orElse(null);
			});
		}
		catch (TimeoutException ex) {
			throw new AssertionError("No mail to " + to + " with \"" + subject + "\"; the mail viewer shows:\n"
					+ ui.browser().findElement(By.tagName("body")).getText(), ex);
		}
		message.click();
		ui.waitFor(By.tagName("pre"));
		return ui.browser().findElement(By.cssSelector("pre a")).getText();
	}

	private <T> T await(Supplier<T> found) {
		return new WebDriverWait(ui.browser(), Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
			.until((driver) -> found.get());
	}

	private void signIn() {
		ui.open("/login");
		ui.type("email", OWNER);
		ui.type("password", PASSWORD);
		ui.submit();
		ui.waitForPath("/dashboard");
	}

	private void signOut() {
		ui.open("/dashboard");
		ui.browser().findElement(By.xpath("//form[@action='/logout']//button")).click();
		ui.waitForPath("/login");
	}

	/**
	 * The page as it is, at desktop width and at 390 px (a phone); product pages also
	 * pass {@link PageChecks} (axe-core, no sideways scroll), the local mail viewer only
	 * gets its screenshots.
	 */
	private void screenshots(String name) {
		try {
			if (name.startsWith("mail-")) {
				HeadlessChromium.screenshot(ui.browser(), "journey-" + name + "-desktop");
				ui.browser().manage().window().setSize(PageChecks.PHONE);
				HeadlessChromium.screenshot(ui.browser(), "journey-" + name + "-phone");
			}
			else {
				checks.checkShown("journey-" + name, PageChecks.DESKTOP);
				ui.browser().manage().window().setSize(PageChecks.PHONE);
				checks.checkShown("journey-" + name, PageChecks.PHONE);
			}
		}
		finally {
			ui.browser().manage().window().setSize(PageChecks.DESKTOP);
		}
	}

}
