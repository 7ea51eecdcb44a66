package app.distribu.local;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Done-when of billing on the real jars, in Chromium: a store on Starter is refused
 * an order for its monthly limit; its owner upgrades from the plans page, pays the
 * prorated invoice through the manual provider (the local stack's "pay this invoice"
 * button, which does what support does when a transfer arrives), and the refused order
 * now succeeds. The trial banner is drawn on another service's page from billing's
 * notice. Screenshots land in target/screenshots.
 */
class BillingBrowserIT {

	static final String EMAIL = "olga@limit-goods.example";

	static final String PASSWORD = "limit-password-1";

	static final List<String> SCOPES = List.of("products:write", "customers:write", "orders:write");

	@RegisterExtension
	static final BrowserOnStack ui = BrowserOnStack.empty();

	@Test
	void anOrderRefusedForTheMonthlyLimitSucceedsAfterThePaidUpgrade() {
		StackClient owner = new StackClient(ui.stack().config().gatewayUrl());
		DemoSeeder.signUp(owner, "Limit Goods", "limit-goods", "Olga Owner", EMAIL, PASSWORD);
		// Three keys: 100 orders in a minute stay under each key's 60 requests a minute.
		List<String> keys = List.of(DemoSeeder.createApiKey(owner, "one", SCOPES),
				DemoSeeder.createApiKey(owner, "two", SCOPES), DemoSeeder.createApiKey(owner, "three", SCOPES));
		owner
			.api("POST", "/api/v1/products", "Bearer " + keys.get(0), Map.of("sku", "LIM-1", "name", "Crate of apples",
					"category", "Fruit", "price", "9.00", "stock", 500, "active", true))
			.expect(201);
		String customer = owner
			.api("POST", "/api/v1/customers", "Bearer " + keys.get(0),
					Map.of("name", "Corner Shop", "email", "buyer@corner.example", "status", "ACTIVE"))
			.expect(201)
			.json()
			.get("id")
			.asString();
		Map<String, Object> order = Map.of("customerId", customer, "lines",
				List.of(Map.of("sku", "LIM-1", "quantity", 1)));

		signIn();
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			ui.open("/dashboard/orders");
			assertThat(ui.browser().findElements(By.id("company-notice")))
				.as("billing's banner on order-service's page")
				.singleElement()
				.satisfies((notice) -> assertThat(notice.getText()).contains("Growth trial runs until"));
		});

		ui.open("/dashboard/billing/plans");
		click(By.cssSelector("#plan-STARTER button"));
		ui.waitFor(By.id("invoice-number"));
		click(By.id("demo-pay"));
		awaitText(By.id("invoice-status"), "paid");
		ui.screenshot("billing-starter-paid");

		for (int i = 0; i < 100; i++) {
			owner.api("POST", "/api/v1/orders", "Bearer " + keys.get(i % keys.size()), order).expect(201);
		}
		StackClient.Response refused = owner.api("POST", "/api/v1/orders", "Bearer " + keys.get(0), order);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("This store has reached its monthly order limit.");

		ui.open("/dashboard/billing/plans");
		assertThat(ui.text(By.cssSelector("#plan-GROWTH button"))).isEqualTo("Upgrade to Growth");
		click(By.cssSelector("#plan-GROWTH button"));
		assertThat(ui.waitFor(By.id("lines")).getText()).contains("Unused time on Starter (monthly)",
				"Remaining time on Growth (monthly)");
		assertThat(ui.text(By.id("invoice-status"))).isEqualTo("open");
		ui.screenshot("billing-upgrade-invoice");
		click(By.id("demo-pay"));
		awaitText(By.id("invoice-status"), "paid");

		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> owner.api("POST", "/api/v1/orders", "Bearer " + keys.get(1), order).status() == 201);

		ui.open("/dashboard/billing");
		assertThat(ui.text(By.id("plan"))).isEqualTo("Growth");
		assertThat(ui.text(By.id("status"))).isEqualTo("Active");
		assertThat(ui.browser().findElements(By.id("company-notice"))).as("no banner once paid").isEmpty();
		ui.screenshot("billing-overview");
		ui.open("/dashboard/billing/invoices");
		assertThat(ui.browser().findElements(By.cssSelector("#invoices code"))).hasSize(2);
	}

	private void signIn() {
		ui.open("/login");
		ui.type("email", EMAIL);
		ui.type("password", PASSWORD);
		ui.browser().findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(ui.browser(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/dashboard"));
	}

	private void click(By locator) {
		ui.waitFor(locator).click();
	}

	private void awaitText(By locator, String text) {
		new WebDriverWait(ui.browser(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(locator, text));
	}

}
