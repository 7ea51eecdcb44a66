package app.distribu.local;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import app.distribu.platform.test.HeadlessChromium;
import app.distribu.platform.test.LoopbackDns;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo stack in a real headless Chromium, as a distributor, a buyer and a visitor:
 * every page at desktop width and at 390 px passes {@link PageChecks} (no sideways
 * scroll, axe-core finds nothing serious or critical, no framework error page); reloading
 * after each form of identity, webhooks and Settings → Storefront repeats nothing; a
 * custom domain is verified through a loopback DNS server and then serves the store at
 * its root (Chromium maps {@code *.example} to 127.0.0.1); errors are branded on every
 * path of every service. Screenshots land in target/screenshots.
 */
@TestMethodOrder(OrderAnnotation.class)
class PhoneAndAccessibilityBrowserIT {

	static final String DOMAIN = "orders.demo-wholesale.example";

	static final String BUYER = "priya@cornermarket.example";

	static final Pattern SIGN_IN_LINK = Pattern.compile("https?://\\S+/store/demo/signin/[A-Za-z0-9_-]+");

	@TempDir
	static Path dataDir;

	static LoopbackDns dns;

	static LocalStack stack;

	static WebDriver browser;

	static PageChecks pages;

	@BeforeAll
	static void start() {
		dns = new LoopbackDns();
		System.setProperty("distribu.dns-servers", dns.address());
		browser = HeadlessChromium.start("--host-resolver-rules=MAP *.example 127.0.0.1");
		pages = new PageChecks(browser);
		stack = LocalStack.start(TestStacks.config(dataDir), true);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
		if (stack != null) {
			stack.close();
		}
		if (dns != null) {
			dns.close();
		}
		System.clearProperty("distribu.dns-servers");
	}

	@Test
	@Order(1)
	void publicPagesAndTheHelpCenterWorkOnAPhone() {
		for (String[] page : new String[][] { { "account-sign-in", "/login" }, { "account-sign-up", "/signup" },
				{ "account-forgot-password", "/forgot-password" }, { "help-center", "/help" },
				{ "help-search", "/help?q=custom+domain" } }) {
			pages.check(page[0], url(page[1]));
		}
		assertNoProblems();

		open("/signup");
		String pattern = browser.findElement(By.name("slug")).getAttribute("pattern");
		assertThat(js("try { new RegExp(arguments[0], 'v'); return true; } catch (e) { return false; }", pattern))
			.as("the slug pattern %s is valid where Chromium compiles it (the v flag)", pattern)
			.isEqualTo(true);

		open("/help?q=custom+domain");
		assertThat(text(By.id("help-results"))).contains("for “custom domain”");
		assertThat(text(By.tagName("main"))).contains("Can I use a custom domain for my storefront?")
			.doesNotContain("I forgot my password.");
	}

	@Test
	@Order(2)
	void aBuyerOrdersOnAPhoneAndEveryStorefrontPagePasses() {
		open("/store/demo");
		String product = browser.findElement(By.cssSelector("a[href^='/store/demo/products/']")).getAttribute("href");
		pages.check("storefront-catalog-visitor", url("/store/demo"));
		pages.check("storefront-product", product);
		pages.check("storefront-sign-in", url("/store/demo/login"));
		pages.check("storefront-register", url("/store/demo/register"));

		open("/store/demo/login");
		browser.findElement(By.name("email")).sendKeys(BUYER);
		browser.findElement(By.id("send-link")).click();
		open(StackMail.pathOf(StackMail.awaitLink(stack.config(), BUYER, "", SIGN_IN_LINK)));
		waitFor(By.id("sign-in")).click();
		waitForPath("/store/demo");

		browser.manage().window().setSize(PageChecks.PHONE);
		open("/store/demo");
		pages.checkShown("storefront-catalog", PageChecks.PHONE);
		waitFor(By.cssSelector("form.add-to-cart button:not([disabled])")).click();
		waitForPath("/store/demo/cart");
		pages.checkShown("storefront-cart", PageChecks.PHONE);
		assertThat(js("return document.querySelector('#store-account').getBoundingClientRect().right"))
			.as("Sign out stays on screen")
			.satisfies((right) -> assertThat(((Number) right).intValue()).isLessThanOrEqualTo(390));
		pages.check("storefront-cart", url("/store/demo/cart"));
		pages.check("storefront-checkout", url("/store/demo/checkout"));
		open("/store/demo/checkout");
		waitFor(By.id("place-order")).click();
		waitFor(By.id("placed"));
		pages.checkShown("storefront-order-placed", PageChecks.DESKTOP);
		pages.check("storefront-orders", url("/store/demo/orders"));
		assertNoProblems();
	}

	@Test
	@Order(3)
	void everyDashboardPagePassesAtDesktopWidthAndOnAPhone() {
		signIn(DemoSeeder.OWNER_EMAIL, DemoSeeder.OWNER_PASSWORD);
		String product = firstLink("/dashboard/products", "/dashboard/products/[0-9a-f-]{36}");
		String customer = firstLink("/dashboard/customers", "/dashboard/customers/[0-9a-f-]{36}");
		String order = firstLink("/dashboard/orders", "/dashboard/orders/[0-9a-f-]{36}");
		for (String[] page : new String[][] { { "dashboard-home", "/dashboard" }, { "products", "/dashboard/products" },
				{ "products-new", "/dashboard/products/new" }, { "products-edit", product },
				{ "products-images", product + "/images" }, { "products-import", "/dashboard/products/import" },
				{ "customers", "/dashboard/customers" }, { "customers-new", "/dashboard/customers/new" },
				{ "customers-detail", customer }, { "customers-import", "/dashboard/customers/import" },
				{ "orders", "/dashboard/orders" }, { "orders-new", "/dashboard/orders/new" },
				{ "orders-detail", order }, { "settings-team", "/dashboard/settings/team" },
				{ "settings-storefront", "/dashboard/settings/storefront" },
				{ "settings-api-keys", "/dashboard/settings/api-keys" },
				{ "settings-webhooks", "/dashboard/settings/webhooks" },
				{ "settings-profile", "/dashboard/settings/profile" }, { "settings-sso", "/dashboard/settings/sso" },
				{ "billing", "/dashboard/billing" }, { "billing-plans", "/dashboard/billing/plans" } }) {
			pages.check(page[0], url(page[1]));
		}
		assertNoProblems();

		browser.manage().window().setSize(PageChecks.PHONE);
		open("/dashboard/orders");
		WebElement menu = browser.findElement(By.cssSelector("details.menu > summary"));
		By customers = By.cssSelector("nav.mainnav a[href='/dashboard/customers']");
		assertThat(browser.findElement(customers).isDisplayed()).as("collapsed on a phone").isFalse();
		menu.click();
		assertThat(browser.findElement(customers).isDisplayed()).isTrue();
		HeadlessChromium.screenshot(browser, "dashboard-menu-phone");
		WebElement export = browser.findElement(By.id("export-csv"));
		WebElement newOrder = browser.findElement(By.id("new-order"));
		assertThat(overlap(export, newOrder)).as("Export CSV and + New order do not overlap").isFalse();
		browser.manage().window().setSize(PageChecks.DESKTOP);
	}

	@Test
	@Order(4)
	void reloadingAfterEachFormRepeatsNothing() {
		open("/dashboard/settings/api-keys");
		browser.findElement(By.name("name")).sendKeys("Reload check");
		browser.findElement(By.cssSelector("input[value='orders:read']")).click();
		submit(By.cssSelector("form[action='/dashboard/settings/api-keys'] button[type=submit]"));
		assertThat(text(By.id("new-api-key"))).startsWith("dk_");
		browser.navigate().refresh();
		waitForPath("/dashboard/settings/api-keys");
		assertThat(browser.getPageSource()).doesNotContain("new-api-key");
		assertThat(count("//table[@id='api-keys']//td[normalize-space()='Reload check']")).isEqualTo(1);

		open("/dashboard/settings/webhooks");
		browser.findElement(By.name("url")).sendKeys("https://hooks.partner.example/reload-check");
		browser.findElement(By.cssSelector("input[name=events]")).click();
		submit(By.xpath("//button[normalize-space()='Add webhook']"));
		assertThat(text(By.id("new-secret"))).isNotBlank();
		browser.navigate().refresh();
		waitFor(By.tagName("h1"));
		assertThat(browser.findElements(By.id("new-secret"))).as("the secret is shown once").isEmpty();
		assertThat(count("//*[normalize-space()='https://hooks.partner.example/reload-check']")).isEqualTo(1);

		open("/dashboard/settings/team");
		browser.findElement(By.cssSelector("form[action='/dashboard/settings/team/invites'] input[name=email]"))
			.sendKeys("reload.check@demo.example");
		submit(By.cssSelector("form[action='/dashboard/settings/team/invites'] button[type=submit]"));
		waitFor(By.id("invites"));
		browser.navigate().refresh();
		waitFor(By.id("invites"));
		assertThat(count("//table[@id='invites']//td[normalize-space()='reload.check@demo.example']")).isEqualTo(1);

		open("/dashboard/settings/storefront");
		browser.findElement(By.name("domain")).sendKeys(DOMAIN);
		submit(By.cssSelector("#domain-form button[type=submit]"));
		assertThat(text(By.id("settings-saved"))).startsWith(DOMAIN + " was added.");
		browser.navigate().refresh();
		waitFor(By.tagName("h1"));
		assertThat(browser.findElements(By.id("settings-saved"))).as("the message is shown once").isEmpty();
		assertThat(browser.findElements(By.cssSelector(".domain[data-host='" + DOMAIN + "']"))).hasSize(1);
	}

	@Test
	@Order(5)
	void aVerifiedCustomDomainServesTheStoreWithItsLogoAtTheDomainRoot() throws IOException {
		open("/dashboard/settings/storefront");
		WebElement domain = waitFor(By.cssSelector(".domain[data-host='" + DOMAIN + "']"));
		dns.txt("_distribu-challenge." + DOMAIN, domain.findElement(By.cssSelector(".txt-value")).getText());
		domain.findElement(By.xpath(".//button[normalize-space()='Verify']")).click();
		awaitText(By.id("settings-saved"), DOMAIN + " is verified.");

		Path logo = dataDir.resolve("logo.png");
		BufferedImage image = new BufferedImage(160, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x1f8a4c));
		g.fillRect(0, 0, 160, 48);
		g.dispose();
		ImageIO.write(image, "png", logo.toFile());
		browser.findElement(By.cssSelector("#logo-form input[type=file]")).sendKeys(logo.toString());
		submit(By.cssSelector("#logo-form button[type=submit]"));
		awaitText(By.id("settings-saved"), "The logo has been saved.");
		pages.checkShown("settings-storefront-verified", PageChecks.DESKTOP);

		String root = "http://" + DOMAIN + ":" + stack.config().gatewayPort() + "/";
		pages.check("storefront-custom-domain", root);
		browser.get(root);
		assertThat(browser.getCurrentUrl()).isEqualTo(root);
		assertThat(text(By.cssSelector("header .brand"))).isEqualTo("Demo Wholesale");
		assertThat(js("return document.querySelector('header .store-logo').naturalWidth")).isEqualTo(160L);
		browser.get(root + "dashboard");
		assertThat(browser.getTitle()).startsWith("Page not found");
		assertNoProblems();
	}

	@Test
	@Order(6)
	void errorsAreBrandedOnEveryPathOfEveryService() throws Exception {
		pages.check("error-not-found", url("/dashboard/no-such-page"));
		assertThat(browser.getTitle()).isEqualTo("Page not found · Distribu");
		assertNoProblems();

		// Straight at every service too, signed in as the owner (the gateway passes the
		// same cookie): a path no service has is the branded page, never Whitelabel.
		String session = "DISTRIBU_SESSION=" + browser.manage().getCookieNamed("DISTRIBU_SESSION").getValue();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		List<String> urls = new ArrayList<>();
		urls.add(url("/dashboard/no-such-page"));
		urls.add(url("/store/demo/no-such-page"));
		urls.add(url("/no-such-page"));
		StackConfig.SERVICES.forEach((service) -> urls.add(stack.config().urlOf(service) + "/dashboard/no-such-page"));
		for (String address : urls) {
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(address))
				.header("Accept", "text/html,application/xhtml+xml")
				.header("Cookie", session)
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(address).isEqualTo(404);
			assertThat(answer.body()).as(address)
				.contains("Page not found", "/assets/distribu.css", "Help center")
				.doesNotContain("Whitelabel", "Exception");
		}
	}

	private static void assertNoProblems() {
		List<String> found = List.copyOf(pages.problems());
		pages.problems().clear();
		assertThat(found).as("problems on the pages").isEmpty();
	}

	private static void signIn(String email, String password) {
		open("/login");
		browser.findElement(By.name("email")).sendKeys(email);
		browser.findElement(By.name("password")).sendKeys(password);
		submit(By.cssSelector("main form button[type=submit]"));
		waitForPath("/dashboard");
	}

	private static String firstLink(String page, String pattern) {
		open(page);
		return browser.findElements(By.cssSelector("main a[href]"))
			.stream()
			.map((a) -> URI.create(a.getAttribute("href")).getPath())
			.filter((path) -> path.matches(pattern))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No link like " + pattern + " on " + page));
	}

	private static boolean overlap(WebElement a, WebElement b) {
		var r1 = a.getRect();
		var r2 = b.getRect();
		return r1.x < r2.x + r2.width && r2.x < r1.x + r1.width && r1.y < r2.y + r2.height && r2.y < r1.y + r1.height;
	}

	private static int count(String xpath) {
		return browser.findElements(By.xpath(xpath)).size();
	}

	private static String url(String path) {
		return path.startsWith("http") ? path : stack.config().gatewayUrl() + path;
	}

	private static void open(String path) {
		browser.get(url(path));
	}

	private static void submit(By button) {
		browser.findElement(button).click();
	}

	private static Object js(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	private static String text(By locator) {
		return waitFor(locator).getText().trim();
	}

	/**
	 * Waits until the element shows text starting so (the page may still be the previous
	 * one).
	 */
	private static void awaitText(By locator, String start) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.findElement(locator).getText().trim().startsWith(start));
	}

	private static WebElement waitFor(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	private static void waitForPath(String path) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(
				ExpectedConditions.urlMatches("^" + Pattern.quote(stack.config().gatewayUrl()) + path + "([?#].*)?$"));
	}

}
