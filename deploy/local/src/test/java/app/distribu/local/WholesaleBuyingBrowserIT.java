package app.distribu.local;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saved lists on the real stack in Chromium: a buyer creates a list, adds a product from
 * the catalog's product page, orders the whole list in one step (into the cart, then
 * checkout); staff share a list from the customer's page, which the buyer sees as the
 * store's and can copy. The lists pages pass the page checks at desktop width and 390 px.
 * On the same stack, buyer roles: staff make the buyer Admin buyer and a colleague
 * Requester; the colleague's checkout waits until the admin buyer approves it on the
 * storefront, which places the order. Quotes share the stack (a stack costs minutes): the
 * buyer requests a quote from the cart, staff price and send it, the buyer accepts it
 * into an order. Last, price lists and terms: a volume price, payment terms and a credit
 * limit set in the dashboard reach the buyer's product page, cart and checkout, where the
 * enforced limit warns and refuses the order.
 */
@TestMethodOrder(OrderAnnotation.class)
class WholesaleBuyingBrowserIT {

	static final String SLUG = "List-Goods";

	static final String OWNER = "lena@list-goods.example";

	static final String PASSWORD = "lists-password-1";

	static final String BUYER = "bea@harbour-cafe.example";

	static final String REQUESTER = "rui@harbour-cafe.example";

	static final Pattern LINK = Pattern.compile("https?://\\S+/store/\\S+/signin/[A-Za-z0-9_-]+");

	static final Pattern QUOTE_LINK = Pattern.compile("https?://\\S+/store/\\S+/quotes/[0-9a-f-]{36}");

	@RegisterExtension
	static final BrowserOnStack ui = BrowserOnStack.empty();

	static PageChecks pages;

	@BeforeAll
	static void checkPages() {
		pages = new PageChecks(ui.browser());
	}

	@Test
	@Order(1)
	void aDistributorWithAProductApprovesABuyer() {
		ui.open("/signup");
		ui.type("companyName", "List Goods");
		ui.type("slug", SLUG);
		ui.type("name", "Lena Owner");
		ui.type("email", OWNER);
		ui.type("password", PASSWORD);
		ui.submit();
		ui.waitForPath("/dashboard");
		for (String[] product : List.of(new String[] { "CAF-1", "Espresso beans 1 kg", "18.00" },
				new String[] { "CAF-2", "Oat milk 1 L", "2.50" })) {
			ui.open("/dashboard/products/new");
			ui.type("sku", product[0]);
			ui.type("name", product[1]);
			ui.type("price", product[2]);
			ui.type("stock", "100");
			ui.submit();
			ui.waitFor(By.xpath("//*[contains(text(), '" + product[1] + "')]"));
		}
		signOut();

		ui.open("/store/" + SLUG + "/register");
		ui.type("businessName", "Harbour Cafe");
		ui.type("name", "Bea Buyer");
		ui.type("email", BUYER);
		ui.submit();
		ui.waitFor(By.id("registered"));

		signIn();
		ui.open("/dashboard/customers");
		ui.browser().findElement(By.linkText("Harbour Cafe")).click();
		ui.waitFor(By.id("approve")).click();
		ui.waitFor(By.cssSelector("#invite-links input.invite-url"));
		signOut();

		String link = StackMail.awaitLink(ui.stack().config(), BUYER, "Your account at List Goods is ready", LINK);
		ui.open(StackMail.pathOf(link));
		ui.browser().findElement(By.id("sign-in")).click();
		ui.waitForPath("/store/" + SLUG);
	}

	@Test
	@Order(2)
	void theBuyerCreatesAListAndAddsAProductFromTheCatalog() {
		ui.open("/store/" + SLUG);
		ui.waitFor(By.id("lists-link")).click();
		ui.waitForPath("/store/" + SLUG + "/lists");
		assertThat(ui.text(By.id("no-lists"))).startsWith("No lists yet.");
		// An empty name is refused by the browser; a name of spaces by the page.
		ui.type("name", "   ");
		WebElement create = ui.browser().findElement(By.cssSelector("#new-list button"));
		create.click();
		ui.waitUntilReplaced(create);
		assertThat(ui.text(By.id("lists-error"))).isEqualTo("Give the list a name.");
		ui.type("name", "Monday order");
		ui.browser().findElement(By.cssSelector("#new-list button")).click();
		ui.waitFor(By.id("list-notice"));
		assertThat(ui.text(By.id("list-name"))).isEqualTo("Monday order");

		for (String[] item : List.of(new String[] { "Espresso beans 1 kg", "3" },
				new String[] { "Oat milk 1 L", "12" })) {
			ui.open("/store/" + SLUG);
			ui.browser().findElement(By.partialLinkText(item[0])).click();
			ui.waitFor(By.cssSelector("#add-to-list button")).click();
			ui.waitForPath("/store/" + SLUG + "/lists/add");
			assertThat(ui.text(By.cssSelector("#add-to-list strong"))).isEqualTo(item[0]);
			ui.type("quantity", item[1]);
			ui.browser().findElement(By.cssSelector("#add-to-list button[type=submit]")).click();
			ui.waitForText(By.id("list-notice"), "to \"Monday order\".");
		}
		assertThat(ui.browser().findElements(By.cssSelector("#list-lines tbody tr"))).hasSize(2);
		assertThat(ui.text(By.id("list-total"))).startsWith("84.00");
		pages.checkShown("saved-list", PageChecks.DESKTOP);
	}

	@Test
	@Order(3)
	void theBuyerOrdersTheWholeListInOneStep() {
		WebElement toCart = ui.waitFor(By.id("list-to-cart"));
		toCart.click();
		ui.waitForPath("/store/" + SLUG + "/cart");
		assertThat(ui.text(By.id("cart-notice"))).isEqualTo("\"Monday order\": 2 products added to your cart.");
		assertThat(ui.browser().findElements(By.cssSelector("#cart-lines tbody tr"))).hasSize(2);
		assertThat(ui.text(By.id("cart-total"))).startsWith("84.00");

		ui.waitFor(By.id("to-checkout")).click();
		ui.waitForPath("/store/" + SLUG + "/checkout");
		ui.browser().findElement(By.name("line1")).sendKeys("1 Harbour Street");
		ui.browser().findElement(By.name("postalCode")).sendKeys("3011 AA");
		ui.browser().findElement(By.name("city")).sendKeys("Rotterdam");
		ui.browser().findElement(By.name("country")).sendKeys("Netherlands");
		ui.waitFor(By.id("place-order")).click();
		ui.waitFor(By.id("placed"));
		assertThat(ui.text(By.id("total"))).startsWith("84.00");
	}

	@Test
	@Order(4)
	void staffShareAListThatTheBuyerSeesAsTheStoresAndCanCopy() {
		signIn();
		ui.open("/dashboard/customers");
		ui.browser().findElement(By.linkText("Harbour Cafe")).click();
		ui.waitFor(By.id("saved-lists-link")).click();
		ui.waitFor(By.cssSelector(".customer-list[data-name='Monday order']"));
		ui.type("name", "Weekly essentials");
		ui.browser().findElement(By.cssSelector("#share-list button")).click();
		ui.waitFor(By.id("lists-notice"));
		WebElement shared = ui.waitFor(By.cssSelector(".customer-list[data-name='Weekly essentials']"));
		shared.findElement(By.name("sku")).sendKeys("CAF-2");
		WebElement quantity = shared.findElement(By.name("quantity"));
		quantity.clear();
		quantity.sendKeys("24");
		shared.findElement(By.cssSelector("form.add-line button")).click();
		ui.waitForText(By.cssSelector(".customer-list[data-name='Weekly essentials'] table"), "CAF-2");
		pages.checkShown("customer-lists", PageChecks.DESKTOP);
		signOut();

		ui.open("/store/" + SLUG + "/lists");
		assertThat(ui.text(By.cssSelector("#lists tr[data-name='Weekly essentials']")))
			.contains("Shared by List Goods");
		ui.browser().findElement(By.linkText("Weekly essentials")).click();
		assertThat(ui.text(By.id("shared-badge"))).isEqualTo("Shared by List Goods");
		assertThat(ui.browser().findElements(By.cssSelector("#list-lines input[name=quantity]"))).isEmpty();
		ui.browser().manage().window().setSize(PageChecks.PHONE);
		pages.checkShown("shared-list", PageChecks.PHONE);
		ui.browser().manage().window().setSize(PageChecks.DESKTOP);
		ui.waitFor(By.id("copy-list")).click();
		ui.waitForText(By.id("list-notice"), "Copied to your list \"Weekly essentials (copy)\".");
		assertThat(ui.browser().findElements(By.cssSelector("#list-lines input[name=quantity]"))).hasSize(1);
		assertThat(pages.problems()).as("problems on the lists pages").isEmpty();
	}

	/**
	 * Quotes on the same stack: the buyer sends a cart as a quote request, staff lower
	 * the price and send it, the buyer opens the mailed link and accepts, and the order
	 * has the quoted price.
	 */
	@Test
	@Order(5)
	void aQuoteRequestedFromTheCartBecomesAnOrderAtTheQuotedPrice() {
		ui.open("/store/" + SLUG + "/cart");
		ui.type("lines", "CAF-1,10");
		WebElement quick = ui.browser().findElement(By.id("quick-add"));
		quick.click();
		ui.waitUntilReplaced(quick);
		assertThat(ui.text(By.id("cart-total"))).startsWith("180.00");
		ui.type("message", "We take 10 every week. Can you do better?");
		ui.browser().findElement(By.id("request-quote-button")).click();
		ui.waitFor(By.id("quote-notice"));
		assertThat(ui.text(By.id("quote-notice"))).startsWith("Quote request Q-1 sent.");
		assertThat(ui.text(By.id("quote-status"))).isEqualTo("Waiting for prices");
		ui.browser().manage().window().setSize(PageChecks.PHONE);
		pages.checkShown("store-quote-requested", PageChecks.PHONE);
		ui.browser().manage().window().setSize(PageChecks.DESKTOP);

		signIn();
		ui.open("/dashboard/quotes");
		ui.browser().findElement(By.linkText("Q-1")).click();
		ui.waitFor(By.id("quote-form"));
		assertThat(ui.text(By.id("buyer-message"))).contains("We take 10 every week.");
		WebElement price = ui.browser()
			.findElement(By.cssSelector("#quote-lines tr[data-sku='CAF-1'] input[name=unitPrice]"));
		price.clear();
		price.sendKeys("15.00");
		ui.browser().findElement(By.name("message")).sendKeys("15.00 from 10 bags.");
		ui.browser().findElement(By.id("send-quote")).click();
		ui.waitForText(By.id("quote-notice"), "Quote Q-1 sent to " + BUYER + ".");
		assertThat(ui.text(By.id("quote-total"))).startsWith("150.00");
		pages.checkShown("dashboard-quote", PageChecks.DESKTOP);
		signOut();

		String link = StackMail.awaitLink(ui.stack().config(), BUYER, "Your quote Q-1 from List Goods", QUOTE_LINK);
		ui.open(StackMail.pathOf(link));
		assertThat(ui.text(By.id("quote-total"))).startsWith("150.00");
		assertThat(ui.text(By.id("staff-message"))).contains("15.00 from 10 bags.");
		ui.browser().manage().window().setSize(PageChecks.PHONE);
		pages.checkShown("store-quote-sent", PageChecks.PHONE);
		ui.browser().manage().window().setSize(PageChecks.DESKTOP);
		ui.waitFor(By.id("accept-quote")).click();
		ui.waitFor(By.id("order-notice"));
		assertThat(ui.text(By.id("order-notice"))).matches("Quote Q-1 accepted: it is order #\\d+\\.");
		assertThat(ui.text(By.id("lines"))).contains("15.00");
		assertThat(ui.text(By.id("total"))).startsWith("150.00");
		assertThat(pages.problems()).as("problems on the quote pages").isEmpty();
	}

	@Test
	@Order(6)
	void aRequestersOrderWaitsUntilTheAdminBuyerApprovesIt() {
		signIn();
		ui.open("/dashboard/customers");
		ui.browser().findElement(By.linkText("Harbour Cafe")).click();
		ui.waitFor(By.cssSelector("#add-contact input[name=name]")).sendKeys("Rui Requester");
		ui.browser().findElement(By.cssSelector("#add-contact input[name=email]")).sendKeys(REQUESTER);
		ui.browser().findElement(By.cssSelector("#add-contact button")).click();
		ui.waitFor(By.xpath(roleSelect(REQUESTER)));
		setRole(BUYER, "Admin buyer");
		setRole(REQUESTER, "Requester");
		ui.browser()
			.findElement(
					By.xpath("//tr[.//input[@value='" + REQUESTER + "']]//button[contains(@class,'resend-invite')]"))
			.click();
		String invite = ui.waitFor(By.cssSelector("#invite-links input.invite-url")).getAttribute("value");
		signOut();

		ui.open(StackMail.pathOf(invite));
		ui.waitFor(By.id("sign-in")).click();
		ui.waitForPath("/store/" + SLUG);
		ui.open("/store/" + SLUG + "/lists");
		ui.browser().findElement(By.linkText("Monday order")).click();
		ui.waitFor(By.id("list-to-cart")).click();
		ui.waitForPath("/store/" + SLUG + "/cart");
		ui.waitFor(By.id("to-checkout")).click();
		ui.waitForPath("/store/" + SLUG + "/checkout");
		ui.waitFor(By.id("place-order")).click();
		ui.waitFor(By.id("approval-requested"));
		assertThat(ui.text(By.cssSelector("section.request .badge"))).isEqualTo("Waiting for approval");
		ui.open("/store/" + SLUG + "/login");
		ui.waitFor(By.id("sign-out")).click();
		ui.waitForPath("/store/" + SLUG + "/login");

		String review = StackMail.awaitLink(ui.stack().config(), BUYER, "asks you to approve an order at List Goods",
				Pattern.compile("https?://\\S+/store/\\S+/approvals#approval-\\S+"));
		ui.type("email", BUYER);
		ui.browser().findElement(By.id("send-link")).click();
		ui.open(StackMail.pathOf(StackMail.awaitLink(ui.stack().config(), BUYER, "Sign in to List Goods", LINK)));
		ui.waitFor(By.id("sign-in")).click();
		ui.waitForPath("/store/" + SLUG);
		ui.open(StackMail.pathOf(review));
		pages.checkShown("approvals", PageChecks.DESKTOP);
		assertThat(ui.text(By.cssSelector("section.request[data-status=PENDING] li[data-sku=CAF-1]")))
			.as("the admin buyer sees what is asked for by name")
			.startsWith("3 × Espresso beans 1 kg (CAF-1)");
		ui.waitFor(By.cssSelector("section.request[data-status=PENDING] button.approve")).click();
		ui.waitForText(By.id("approvals-notice"), "Approved: the order is placed.");
		ui.browser().findElement(By.id("placed-order-link")).click();
		assertThat(ui.text(By.id("total"))).startsWith("84.00");
		assertThat(pages.problems()).as("problems on the approvals page").isEmpty();
	}

	/**
	 * Price lists and terms in Chromium: staff give the customer a volume price, payment
	 * terms and a credit limit and switch enforcement on; the buyer sees the volume price
	 * on the product page and in the cart, and the terms and limit at checkout.
	 */
	@Test
	@Order(7)
	void aVolumePriceAndAnEnforcedCreditLimitReachTheBuyer() {
		signIn();
		ui.open("/dashboard/price-lists/new");
		ui.type("name", "Harbour volume");
		ui.browser().findElement(By.id("create-list")).click();
		ui.waitFor(By.id("set-prices"));
		ui.type("sku", "CAF-2");
		ui.type("tiers[0].minQuantity", "24");
		ui.type("tiers[0].price", "2.00");
		ui.browser().findElement(By.id("save-prices")).click();
		ui.waitForText(By.id("list-prices"), "CAF-2");
		new Select(ui.waitFor(By.id("assign-customer"))).selectByVisibleText("Harbour Cafe");
		ui.browser().findElement(By.xpath("//form[.//select[@id='assign-customer']]//button")).click();
		ui.waitForText(By.id("assignments"), "Harbour Cafe");
		pages.checkShown("price-list", PageChecks.DESKTOP);

		ui.open("/dashboard/customers");
		ui.browser().findElement(By.linkText("Harbour Cafe")).click();
		new Select(ui.waitFor(By.id("payment-terms"))).selectByVisibleText("Net 30");
		WebElement limit = ui.browser().findElement(By.id("credit-limit"));
		limit.clear();
		limit.sendKeys("350.00");
		WebElement save = ui.browser().findElement(By.id("save-details"));
		save.click();
		ui.waitUntilReplaced(save);
		assertThat(ui.browser().findElement(By.id("credit-limit")).getAttribute("value")).isEqualTo("350.00");
		ui.open("/dashboard/customers/credit");
		ui.waitFor(By.id("switch-credit")).click();
		ui.waitFor(By.id("done"));
		assertThat(ui.text(By.id("switch-credit"))).isEqualTo("Make limits reference only");
		signOut();

		ui.open("/store/" + SLUG);
		ui.browser().findElement(By.partialLinkText("Oat milk 1 L")).click();
		assertThat(ui.text(By.tagName("main"))).contains("Volume price, 24+", "2.00");
		ui.open("/store/" + SLUG + "/cart");
		ui.type("lines", "CAF-2,40");
		WebElement quick = ui.browser().findElement(By.id("quick-add"));
		quick.click();
		ui.waitUntilReplaced(quick);
		assertThat(ui.text(By.id("cart-total"))).startsWith("80.00");
		assertThat(ui.text(By.id("cart-lines"))).contains("Volume price, 24+");
		ui.waitFor(By.id("to-checkout")).click();
		ui.waitForPath("/store/" + SLUG + "/checkout");
		assertThat(ui.text(By.id("account-credit"))).as("terms and limit reach order-service by events")
			.contains("Net 30", "350.00");
		assertThat(ui.text(By.id("credit-warning"))).as("the enforced limit warns before the buyer tries")
			.startsWith("Credit limit reached: this order of 80.00");
		WebElement place = ui.browser().findElement(By.id("place-order"));
		place.click();
		ui.waitUntilReplaced(place);
		assertThat(ui.text(By.id("checkout-error"))).as("and placing is refused")
			.startsWith("Credit limit reached: this order of 80.00");
		assertThat(pages.problems()).as("problems on the price list page").isEmpty();
	}

	private static String roleSelect(String email) {
		return "//tr[.//input[@value='" + email + "']]//select[@name='role']";
	}

	private static void setRole(String email, String label) {
		new Select(ui.waitFor(By.xpath(roleSelect(email)))).selectByVisibleText(label);
		WebElement button = ui.browser()
			.findElement(
					By.xpath("//tr[.//input[@value='" + email + "']]//form[contains(@class,'buyer-role')]//button"));
		button.click();
		ui.waitForText(By.tagName("body"), " is now " + label + ".");
	}

	private static void signIn() {
		ui.open("/login");
		ui.type("email", OWNER);
		ui.type("password", PASSWORD);
		ui.submit();
		ui.waitForPath("/dashboard");
	}

	private static void signOut() {
		ui.browser().findElement(By.xpath("//form[@action='/logout']//button")).click();
		ui.waitForPath("/login");
	}

}
