package app.distribu.local;

import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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

	@RegisterExtension
	static final BrowserOnStack ui = BrowserOnStack.empty();

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
		ui.open("/store/Signin-Goods/register");
		ui.type("businessName", "Corner Deli");
		ui.type("name", "Bruno Buyer");
		ui.type("email", BUYER);
		ui.submit();

		ui.waitFor(By.id("registered"));
		assertThat(ui.text(By.id("registered"))).contains("Signin Goods", BUYER);
		ui.screenshot("storefront-registered");

		ui.open("/store/Signin-Goods/login");
		ui.type("email", BUYER);
		ui.browser().findElement(By.id("send-link")).click();
		assertThat(ui.text(By.id("sign-in-sent"))).startsWith("If this address belongs to an account");
	}

	@Test
	@Order(3)
	void theDistributorApprovesAndSeesTheInviteLink() {
		ui.open("/login");
		ui.type("email", OWNER);
		ui.type("password", PASSWORD);
		ui.submit();
		ui.waitForPath("/dashboard");

		ui.open("/dashboard/customers");
		assertThat(ui.text(By.id("pending-badge"))).isEqualTo("1 pending approval");
		ui.browser().findElement(By.linkText("Corner Deli")).click();
		ui.waitFor(By.id("approve")).click();

		WebElement link = ui.waitFor(By.cssSelector("#invite-links input.invite-url"));
		assertThat(link.getAttribute("value")).contains("/store/Signin-Goods/signin/");
		assertThat(ui.text(By.id("customer-status"))).isEqualTo("Active");
		ui.screenshot("customer-approved");

		ui.open("/dashboard/products/new");
		ui.type("sku", "DELI-1");
		ui.type("name", "Olive oil 5 L");
		ui.type("price", "24.00");
		ui.type("stock", "10");
		ui.submit();
		ui.waitFor(By.xpath("//*[contains(text(), 'Olive oil 5 L')]"));
		signOut();
	}

	@Test
	@Order(4)
	void theInviteFromTheMailSignsTheContactInToTheCatalog() {
		String link = awaitLink(BUYER, "Your account at Signin Goods is ready");
		ui.browser().manage().deleteAllCookies();
		ui.open(pathOf(link));
		assertThat(ui.text(By.id("sign-in-title"))).isEqualTo("Welcome to Signin Goods");
		ui.browser().findElement(By.id("sign-in")).click();

		ui.waitForPath("/store/Signin-Goods");
		assertThat(ui.browser().findElements(By.tagName("h1"))).isNotEmpty();
		assertThat(ui.browser().manage().getCookieNamed("DISTRIBU_STORE_SESSION")).isNotNull();
		ui.screenshot("storefront-signed-in");

		ui.open(pathOf(link));
		assertThat(ui.text(By.id("link-problem-title"))).isEqualTo("This link has already been used");
	}

	@Test
	@Order(5)
	void theContactOrdersFromTheCatalogThroughCartAndCheckout() {
		ui.open("/store/Signin-Goods");
		assertThat(ui.text(By.id("store-account"))).contains("Bruno Buyer", "Sign out");
		ui.waitFor(By.cssSelector("form.add-to-cart button")).click();
		ui.waitForPath("/store/Signin-Goods/cart");
		assertThat(ui.text(By.cssSelector("#cart-lines tbody tr"))).contains("Olive oil 5 L");

		ui.open("/store/Signin-Goods/checkout");
		assertThat(ui.text(By.id("checkout-total"))).startsWith("24.00");
		// A delivery address is required; the registered business has none yet.
		ui.browser().findElement(By.name("line1")).sendKeys("1 Harbour Street");
		ui.browser().findElement(By.name("postalCode")).sendKeys("3011 AA");
		ui.browser().findElement(By.name("city")).sendKeys("Rotterdam");
		ui.browser().findElement(By.name("country")).sendKeys("Netherlands");
		ui.waitFor(By.id("place-order")).click();

		ui.waitFor(By.id("placed"));
		assertThat(ui.text(By.id("status"))).isEqualTo("SUBMITTED");
		assertThat(ui.text(By.id("total"))).startsWith("24.00");
		ui.screenshot("storefront-order-placed");
		ui.open("/store/Signin-Goods/orders");
		assertThat(ui.text(By.tagName("main"))).contains("24.00");
	}

	@Test
	@Order(6)
	void theSessionAndItsLinksBelongToThatStoreOnly() {
		ui.open("/store/Other-Store");
		assertThat(ui.browser().manage().getCookieNamed("DISTRIBU_STORE_SESSION")).as("not sent to another store")
			.isNull();
		ui.open("/store/Signin-Goods");
		assertThat(ui.browser().manage().getCookieNamed("DISTRIBU_STORE_SESSION")).isNotNull();

		ui.open("/store/Signin-Goods/login");
		assertThat(ui.text(By.id("signed-in"))).contains(BUYER);
		ui.type("email", BUYER);
		ui.browser().findElement(By.id("send-link")).click();
		String link = awaitLink(BUYER, "Sign in to Signin Goods");
		ui.open(pathOf(link).replace("/store/Signin-Goods/", "/store/Other-Store/"));
		assertThat(ui.text(By.id("link-problem-title"))).isEqualTo("This link is for another store");
		assertThat(ui.browser().findElement(By.id("ask-for-link")).getAttribute("href"))
			.endsWith("/store/Other-Store/login");
		ui.screenshot("storefront-wrong-store");
	}

	@Test
	@Order(7)
	void signingOutEndsTheStoreSession() {
		ui.open("/store/Signin-Goods/login");
		ui.waitFor(By.id("sign-out")).click();

		ui.waitForPath("/store/Signin-Goods/login");
		assertThat(ui.text(By.cssSelector(".alert.success"))).isEqualTo("You're signed out.");
		assertThat(ui.browser().manage().getCookieNamed("DISTRIBU_STORE_SESSION")).isNull();
		assertThat(ui.browser().findElements(By.id("signed-in"))).isEmpty();
	}

	private void signUp(String company, String slug, String email) {
		ui.open("/signup");
		ui.type("companyName", company);
		ui.type("slug", slug);
		ui.type("name", company + " Owner");
		ui.type("email", email);
		ui.type("password", PASSWORD);
		ui.submit();
		ui.waitForPath("/dashboard");
	}

	private void signOut() {
		ui.browser().findElement(By.xpath("//form[@action='/logout']//button")).click();
		ui.waitForPath("/login");
	}

	private String awaitLink(String to, String subject) {
		return StackMail.awaitLink(ui.stack().config(), to, subject, LINK);
	}

	private static String pathOf(String link) {
		return StackMail.pathOf(link);
	}

}
