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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
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

	/** Started with the class, before the extension starts the stack that reads it. */
	static final LoopbackDns dns = loopbackDns();

	@RegisterExtension
	static final BrowserOnStack ui = BrowserOnStack.withDemoData("--host-resolver-rules=MAP *.example 127.0.0.1");

	static PageChecks pages;

	private static LoopbackDns loopbackDns() {
		LoopbackDns dns = new LoopbackDns();
		System.setProperty("distribu.dns-servers", dns.address());
		return dns;
	}

	@BeforeAll
	static void checkPages() {
		pages = new PageChecks(ui.browser());
	}

	@AfterAll
	static void stopDns() {
		dns.close();
		System.clearProperty("distribu.dns-servers");
	}

	@Test
	@Order(1)
	void publicPagesAndTheHelpCenterWorkOnAPhone() {
		for (String[] page : new String[][] { { "account-sign-in", "/login" }, { "account-sign-up", "/signup" },
				{ "account-forgot-password", "/forgot-password" }, { "help-center", "/help" },
				{ "help-search", "/help?q=custom+domain" } }) {
			pages.check(page[0], ui.url(page[1]));
		}
		assertNoProblems();

		ui.open("/signup");
		String pattern = ui.browser().findElement(By.name("slug")).getAttribute("pattern");
		assertThat(js("try { new RegExp(arguments[0], 'v'); return true; } catch (e) { return false; }", pattern))
			.as("the slug pattern %s is valid where Chromium compiles it (the v flag)", pattern)
			.isEqualTo(true);

		ui.open("/help?q=custom+domain");
		assertThat(ui.text(By.id("help-results"))).contains("for “custom domain”");
		assertThat(ui.text(By.tagName("main"))).contains("Can I use a custom domain for my storefront?")
			.doesNotContain("I forgot my password.");
	}

	@Test
	@Order(2)
	void aBuyerOrdersOnAPhoneAndEveryStorefrontPagePasses() {
		ui.open("/store/demo");
		String product = ui.browser()
			.findElement(By.cssSelector("a[href^='/store/demo/products/']"))
			.getAttribute("href");
		pages.check("storefront-catalog-visitor", ui.url("/store/demo"));
		pages.check("storefront-product", product);
		pages.check("storefront-sign-in", ui.url("/store/demo/login"));
		pages.check("storefront-register", ui.url("/store/demo/register"));

		ui.open("/store/demo/login");
		ui.browser().findElement(By.name("email")).sendKeys(BUYER);
		ui.browser().findElement(By.id("send-link")).click();
		ui.open(StackMail.pathOf(StackMail.awaitLink(ui.stack().config(), BUYER, "", SIGN_IN_LINK)));
		ui.waitFor(By.id("sign-in")).click();
		ui.waitForPath("/store/demo");

		ui.browser().manage().window().setSize(PageChecks.PHONE);
		ui.open("/store/demo");
		pages.checkShown("storefront-catalog", PageChecks.PHONE);
		ui.waitFor(By.cssSelector("form.add-to-cart button:not([disabled])")).click();
		ui.waitForPath("/store/demo/cart");
		pages.checkShown("storefront-cart", PageChecks.PHONE);
		assertThat(js("return document.querySelector('#store-account').getBoundingClientRect().right"))
			.as("Sign out stays on screen")
			.satisfies((right) -> assertThat(((Number) right).intValue()).isLessThanOrEqualTo(390));
		pages.check("storefront-cart", ui.url("/store/demo/cart"));
		pages.check("storefront-checkout", ui.url("/store/demo/checkout"));
		ui.open("/store/demo/checkout");
		// A delivery address is required: the demo buyer has none yet, so it enters one.
		WebElement street = ui.waitFor(By.name("line1"));
		if (street.isDisplayed()) {
			street.sendKeys("1 Harbour Street");
			ui.browser().findElement(By.name("postalCode")).sendKeys("3011 AA");
			ui.browser().findElement(By.name("city")).sendKeys("Rotterdam");
			ui.browser().findElement(By.name("country")).sendKeys("Netherlands");
		}
		ui.waitFor(By.id("place-order")).click();
		ui.waitFor(By.id("placed"));
		pages.checkShown("storefront-order-placed", PageChecks.DESKTOP);
		pages.check("storefront-orders", ui.url("/store/demo/orders"));
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
			pages.check(page[0], ui.url(page[1]));
		}
		assertNoProblems();

		ui.browser().manage().window().setSize(PageChecks.PHONE);
		ui.open("/dashboard/orders");
		WebElement menu = ui.browser().findElement(By.cssSelector("details.menu > summary"));
		By customers = By.cssSelector("nav.mainnav a[href='/dashboard/customers']");
		assertThat(ui.browser().findElement(customers).isDisplayed()).as("collapsed on a phone").isFalse();
		menu.click();
		assertThat(ui.browser().findElement(customers).isDisplayed()).isTrue();
		HeadlessChromium.screenshot(ui.browser(), "dashboard-menu-phone");
		WebElement export = ui.browser().findElement(By.id("export-csv"));
		WebElement newOrder = ui.browser().findElement(By.id("new-order"));
		assertThat(overlap(export, newOrder)).as("Export CSV and + New order do not overlap").isFalse();
		ui.browser().manage().window().setSize(PageChecks.DESKTOP);
	}

	@Test
	@Order(4)
	void reloadingAfterEachFormRepeatsNothing() {
		ui.open("/dashboard/settings/api-keys");
		ui.browser().findElement(By.name("name")).sendKeys("Reload check");
		ui.browser().findElement(By.cssSelector("input[value='orders:read']")).click();
		submit(By.cssSelector("form[action='/dashboard/settings/api-keys'] button[type=submit]"));
		assertThat(ui.text(By.id("new-api-key"))).startsWith("dk_");
		ui.browser().navigate().refresh();
		ui.waitForPath("/dashboard/settings/api-keys");
		assertThat(ui.browser().getPageSource()).doesNotContain("new-api-key");
		assertThat(count("//table[@id='api-keys']//td[normalize-space()='Reload check']")).isEqualTo(1);

		// The local stack lets webhooks point at loopback (nothing listens on port 9).
		String webhookUrl = "http://127.0.0.1:9/reload-check";
		ui.open("/dashboard/settings/webhooks");
		ui.browser().findElement(By.name("url")).sendKeys(webhookUrl);
		ui.browser().findElement(By.cssSelector("input[name=events]")).click();
		submit(By.xpath("//button[normalize-space()='Add webhook']"));
		assertThat(ui.text(By.id("secret"))).startsWith("whsec_");
		ui.browser().navigate().refresh();
		ui.waitFor(By.id("secret"));
		ui.open("/dashboard/settings/webhooks");
		assertThat(count("//strong[contains(@class,'url') and normalize-space()='" + webhookUrl + "']"))
			.as("a reload of the secret page created nothing")
			.isEqualTo(1);

		ui.open("/dashboard/settings/team");
		ui.browser()
			.findElement(By.cssSelector("form[action='/dashboard/settings/team/invites'] input[name=email]"))
			.sendKeys("reload.check@demo.example");
		submit(By.cssSelector("form[action='/dashboard/settings/team/invites'] button[type=submit]"));
		ui.waitFor(By.id("invites"));
		ui.browser().navigate().refresh();
		ui.waitFor(By.id("invites"));
		assertThat(count("//table[@id='invites']//td[normalize-space()='reload.check@demo.example']")).isEqualTo(1);

		ui.open("/dashboard/settings/storefront");
		ui.browser().findElement(By.name("domain")).sendKeys(DOMAIN);
		submit(By.cssSelector("#domain-form button[type=submit]"));
		assertThat(ui.text(By.id("settings-saved"))).startsWith(DOMAIN + " was added.");
		ui.browser().navigate().refresh();
		ui.waitFor(By.tagName("h1"));
		assertThat(ui.browser().findElements(By.id("settings-saved"))).as("the message is shown once").isEmpty();
		assertThat(ui.browser().findElements(By.cssSelector(".domain[data-host='" + DOMAIN + "']"))).hasSize(1);
	}

	@Test
	@Order(5)
	void aVerifiedCustomDomainServesTheStoreWithItsLogoAtTheDomainRoot() throws IOException {
		ui.open("/dashboard/settings/storefront");
		WebElement domain = ui.waitFor(By.cssSelector(".domain[data-host='" + DOMAIN + "']"));
		dns.txt("_distribu-challenge." + DOMAIN, domain.findElement(By.cssSelector(".txt-value")).getText());
		domain.findElement(By.xpath(".//button[normalize-space()='Verify']")).click();
		awaitText(By.id("settings-saved"), DOMAIN + " is verified.");

		Path logo = ui.dataDir().resolve("logo.png");
		BufferedImage image = new BufferedImage(160, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x1f8a4c));
		g.fillRect(0, 0, 160, 48);
		g.dispose();
		ImageIO.write(image, "png", logo.toFile());
		ui.browser().findElement(By.cssSelector("#logo-form input[type=file]")).sendKeys(logo.toString());
		submit(By.cssSelector("#logo-form button[type=submit]"));
		awaitText(By.id("settings-saved"), "The logo has been saved.");
		pages.checkShown("settings-storefront-verified", PageChecks.DESKTOP);

		String root = "http://" + DOMAIN + ":" + ui.stack().config().gatewayPort() + "/";
		pages.check("storefront-custom-domain", root);
		ui.browser().get(root);
		assertThat(ui.browser().getCurrentUrl()).isEqualTo(root);
		assertThat(ui.text(By.cssSelector("header .brand"))).isEqualTo("Demo Wholesale");
		assertThat(js("return document.querySelector('header .store-logo').naturalWidth")).isEqualTo(160L);
		ui.browser().get(root + "dashboard");
		assertThat(ui.browser().getTitle()).startsWith("Page not found");
		assertNoProblems();
	}

	@Test
	@Order(6)
	void errorsAreBrandedOnEveryPathOfEveryService() throws Exception {
		pages.check("error-not-found", ui.url("/dashboard/no-such-page"));
		assertThat(ui.browser().getTitle()).isEqualTo("Page not found · Distribu");
		assertNoProblems();

		// Straight at every service too, signed in as the owner (the gateway passes the
		// same cookie): a path no service has is the branded page, never Whitelabel.
		String session = "DISTRIBU_SESSION=" + ui.browser().manage().getCookieNamed("DISTRIBU_SESSION").getValue();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		List<String> urls = new ArrayList<>();
		urls.add(ui.url("/dashboard/no-such-page"));
		urls.add(ui.url("/store/demo/no-such-page"));
		urls.add(ui.url("/no-such-page"));
		StackConfig.SERVICES
			.forEach((service) -> urls.add(ui.stack().config().urlOf(service) + "/dashboard/no-such-page"));
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
		ui.open("/login");
		ui.browser().findElement(By.name("email")).sendKeys(email);
		ui.browser().findElement(By.name("password")).sendKeys(password);
		submit(By.cssSelector("main form button[type=submit]"));
		ui.waitForPath("/dashboard");
	}

	private static String firstLink(String page, String pattern) {
		ui.open(page);
		return ui.browser()
			.findElements(By.cssSelector("main a[href]"))
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
		return ui.browser().findElements(By.xpath(xpath)).size();
	}

	private static void submit(By button) {
		ui.browser().findElement(button).click();
	}

	private static Object js(String script, Object... arguments) {
		return ((JavascriptExecutor) ui.browser()).executeScript(script, arguments);
	}

	/**
	 * Waits until the element shows text starting so (the page may still be the previous
	 * one).
	 */
	private static void awaitText(By locator, String start) {
		new WebDriverWait(ui.browser(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.findElement(locator).getText().trim().startsWith(start));
	}

}
