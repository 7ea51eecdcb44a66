package app.distribu.order;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.distribu.platform.security.Role;
import app.distribu.platform.test.HeadlessChromium;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real Chromium against order-service, signed in by the session cookie: a team member
 * creates, cancels and exports an order; a buyer fills a cart, checks out and finds the
 * order in the history.
 */
@OrderServiceTest
class OrderingBrowserTest {

	@Autowired
	FakeUpstreams upstreams;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private WebDriver browser;

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void teamMemberCreatesCancelsAndExportsAnOrder() throws Exception {
		UUID company = UUID.randomUUID();
		UUID customer = this.upstreams.activeCustomer();
		TestEvents.publish("customer.events", company, "customer.created", Map.of("customerId", customer, "name",
				"Lighthouse Cafe", "email", "cafe@example.test", "status", "ACTIVE"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select count(*) from customer_ref where id = ?")
				.param(customer)
				.query(Integer.class)
				.single() == 1);
		String session = TestTokens.user(company, UUID.randomUUID(), Role.MEMBER);
		this.browser = signedIn(session);

		this.browser.get(url("/dashboard/orders"));
		this.browser.findElement(By.id("new-order")).click();
		new Select(this.browser.findElement(By.id("customer-select"))).selectByVisibleText("Lighthouse Cafe");
		this.browser.findElement(By.id("new-sku")).sendKeys("WDG-001");
		this.browser.findElement(By.id("add-line")).click();
		waitFor(By.id("quote-total"));
		assertThat(this.browser.findElement(By.id("quote-total")).getText()).isEqualTo("12.50 EUR");
		this.browser.findElement(By.name("poNumber")).sendKeys("PO-BROWSER");
		HeadlessChromium.screenshot(this.browser, "dashboard-new-order");
		this.browser.findElement(By.id("place-order")).click();

		waitForHeading("Order #1");
		assertThat(this.browser.findElement(By.id("status")).getText()).isEqualTo("SUBMITTED");
		this.browser.findElement(By.id("cancel-order")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((page) -> page.findElement(By.id("status")).getText().equals("CANCELLED"));
		assertThat(this.browser.findElements(By.cssSelector("#actions form[action$='/status']"))).isEmpty();
		assertThat(this.browser.findElement(By.id("terminal")).getText()).contains("can't change status");
		HeadlessChromium.screenshot(this.browser, "dashboard-order-cancelled");

		this.browser.get(url("/dashboard/orders?status=CANCELLED"));
		String export = this.browser.findElement(By.id("export-csv")).getAttribute("href");
		assertThat(export).endsWith("/dashboard/orders/export?status=CANCELLED");
		// Browser downloads don't work under test tools here: fetch the button's link
		// with the same session cookie instead.
		HttpResponse<String> csv = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(export)).header("Cookie", "DISTRIBU_SESSION=" + session).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(csv.body().lines().toList()).hasSize(2)
			.last()
			.asString()
			.startsWith("1,")
			.contains(",CANCELLED,DASHBOARD," + customer + ",Lighthouse Cafe,PO-BROWSER,,EUR,12.50,1,WDG-001,");
	}

	@Test
	void buyerFillsTheCartChecksOutAndFindsTheOrder() {
		UUID customer = this.upstreams.activeCustomer();
		this.upstreams.standardAddresses(customer);
		this.upstreams.customerPrices.put(customer, FakeUpstreams.CUSTOMER_PRICE);
		this.browser = signedIn(TestTokens.contact(UUID.randomUUID(), "seaside", UUID.randomUUID(), customer));

		this.browser.get(url("/store/seaside/cart"));
		this.browser.findElement(By.name("lines")).sendKeys("WDG-001,2\nGAD-002,1");
		this.browser.findElement(By.id("quick-add")).click();
		waitFor(By.id("cart-total"));
		assertThat(this.browser.findElement(By.id("cart-total")).getText()).isEqualTo("33.00 EUR");
		HeadlessChromium.screenshot(this.browser, "storefront-cart");
		this.browser.findElement(By.id("to-checkout")).click();

		waitForHeading("Checkout");
		assertThat(
				this.browser.findElement(By.cssSelector("input[name=shippingAddressId]:checked")).getAttribute("value"))
			.isEqualTo(FakeUpstreams.addressId(customer, "main").toString());
		this.browser.findElement(By.name("poNumber")).sendKeys("PO-SEA-7");
		HeadlessChromium.screenshot(this.browser, "storefront-checkout");
		this.browser.findElement(By.id("place-order")).click();

		waitForHeading("Order #1");
		assertThat(this.browser.findElement(By.id("placed")).getText()).contains("Thank you! Order #1 is placed.");
		this.browser.findElement(By.linkText("Orders")).click();
		waitForHeading("Your orders");
		assertThat(this.browser.findElement(By.id("store-orders")).getText()).contains("#1", "SUBMITTED");
		HeadlessChromium.screenshot(this.browser, "storefront-orders");
	}

	/** A browser holding the session cookie identity-service would have set. */
	private WebDriver signedIn(String token) {
		WebDriver chromium = HeadlessChromium.start();
		chromium.get(url("/assets/distribu.css"));
		chromium.manage().addCookie(new Cookie("DISTRIBU_SESSION", token, "/"));
		return chromium;
	}

	private void waitFor(By element) {
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(element));
	}

	private void waitForHeading(String heading) {
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
			.until((page) -> page.findElements(By.tagName("h1"))
				.stream()
				.anyMatch((h1) -> h1.getText().equals(heading)));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
