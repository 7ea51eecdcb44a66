package app.distribu.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import app.distribu.platform.test.HeadlessChromium;

/**
 * One headless Chromium for a browser test class, started before its first test and
 * stopped after its last ({@code @RegisterExtension static}), on the run's shared empty
 * stack or on a stack of its own with the demo data, with the steps every browser test
 * takes: open a path, type into a field, submit, wait.
 */
final class BrowserOnStack implements BeforeAllCallback, AfterAllCallback {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private final boolean demoData;

	private final String[] chromiumSwitches;

	private Path dataDir;

	private WebDriver browser;

	private LocalStack stack;

	private BrowserOnStack(boolean demoData, String... chromiumSwitches) {
		this.demoData = demoData;
		this.chromiumSwitches = chromiumSwitches;
	}

	/**
	 * The run's shared empty stack ({@link SharedStack}): the test signs up what it
	 * needs, under names no other class uses.
	 */
	static BrowserOnStack empty() {
		return new BrowserOnStack(false);
	}

	/** The stack with the demo data, Chromium started with the given switches. */
	static BrowserOnStack withDemoData(String... chromiumSwitches) {
		return new BrowserOnStack(true, chromiumSwitches);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		this.dataDir = Files.createTempDirectory("distribu-browser-");
		this.browser = HeadlessChromium.start(this.chromiumSwitches);
		this.stack = this.demoData ? LocalStack.start(TestStacks.config(this.dataDir), true) : SharedStack.in(context);
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		try {
			if (this.browser != null) {
				this.browser.quit();
			}
			if (this.stack != null && this.demoData) {
				this.stack.close();
				StackFiles.keepLogs(this.stack.config(), context.getRequiredTestClass().getSimpleName());
			}
		}
		finally {
			StackFiles.delete(this.dataDir);
		}
	}

	WebDriver browser() {
		return this.browser;
	}

	LocalStack stack() {
		return this.stack;
	}

	/** A folder for the test's own files (uploads), removed after the class. */
	Path dataDir() {
		return this.dataDir;
	}

	/** An address of the gateway, or {@code path} itself when it is already absolute. */
	String url(String path) {
		return path.startsWith("http") ? path : this.stack.config().gatewayUrl() + path;
	}

	void open(String path) {
		this.browser.get(url(path));
	}

	void type(String field, String value) {
		WebElement input = this.browser.findElement(By.name(field));
		input.clear();
		input.sendKeys(value);
	}

	/** Submits the page's main form. */
	void submit() {
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
	}

	String text(By locator) {
		return waitFor(locator).getText().trim();
	}

	WebElement waitFor(By locator) {
		return new WebDriverWait(this.browser, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	void waitForText(By locator, String expected) {
		new WebDriverWait(this.browser, PATIENCE)
			.until(ExpectedConditions.textToBePresentInElementLocated(locator, expected));
	}

	/** Waits for the gateway path (any query or fragment), or fails showing the page. */
	void waitForPath(String path) {
		try {
			new WebDriverWait(this.browser, PATIENCE).until(ExpectedConditions
				.urlMatches("^" + Pattern.quote(this.stack.config().gatewayUrl()) + path + "([?#].*)?$"));
		}
		catch (TimeoutException ex) {
			throw new AssertionError("Expected to reach " + path + " but the browser shows "
					+ this.browser.getCurrentUrl() + ":\n" + this.browser.findElement(By.tagName("body")).getText(),
					ex);
		}
	}

	/**
	 * Waits until the element's page has been replaced (after a click that loads a page).
	 * Chromium sometimes answers a replaced node with "does not belong to the document"
	 * instead of a stale element: both mean the old page is gone.
	 */
	void waitUntilReplaced(WebElement element) {
		new WebDriverWait(this.browser, PATIENCE).until((driver) -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException | NoSuchElementException gone) {
				return true;
			}
			catch (WebDriverException detached) {
				if (String.valueOf(detached.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw detached;
			}
		});
	}

	void screenshot(String name) {
		HeadlessChromium.screenshot(this.browser, name);
	}

}
