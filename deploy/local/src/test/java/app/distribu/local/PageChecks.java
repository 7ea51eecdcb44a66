package app.distribu.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import app.distribu.platform.test.HeadlessChromium;

/**
 * What every page must pass, at desktop width and on a 390 px phone: no horizontal page
 * scroll, no framework error page, and no accessibility violation of serious or critical
 * impact by axe-core (from the npm registry, injected into the page). Problems are
 * collected, so one run lists them all; each page is kept as a screenshot.
 */
final class PageChecks {

	static final Dimension DESKTOP = new Dimension(1280, 900);

	static final Dimension PHONE = new Dimension(390, 844);

	private final WebDriver browser;

	private final String axe;

	private final List<String> problems = new ArrayList<>();

	PageChecks(WebDriver browser) {
		this.browser = browser;
		try {
			this.axe = Files.readString(
					Path.of(System.getProperty("distribu.axe-script", "target/axe/node_modules/axe-core/axe.min.js")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("axe-core is installed by the build (npm, pre-integration-test)", ex);
		}
	}

	/** Opens the URL at both widths and checks what is shown. */
	void check(String name, String url) {
		for (Dimension size : List.of(DESKTOP, PHONE)) {
			this.browser.manage().window().setSize(size);
			this.browser.get(url);
			checkShown(name, size);
		}
		this.browser.manage().window().setSize(DESKTOP);
	}

	/** Checks the page the browser shows now, at the current width. */
	void checkShown(String name, Dimension size) {
		new WebDriverWait(this.browser, Duration.ofSeconds(15)).until((driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
		String where = name + " at " + size.getWidth() + " px";
		String source = this.browser.getPageSource();
		if (source.contains("Whitelabel") || source.contains("HTTP Status ") || source.contains("Type=")) {
			this.problems.add(where + ": a framework error page");
		}
		Number overflow = (Number) js("return document.documentElement.scrollWidth - window.innerWidth");
		if (overflow.intValue() > 0) {
			this.problems.add(where + ": the page scrolls sideways by " + overflow + " px (widest: " + widest() + ")");
		}
		for (String violation : axeViolations()) {
			this.problems.add(where + ": " + violation);
		}
		HeadlessChromium.screenshot(this.browser, name + ((size.getWidth() < 500) ? "-phone" : "-desktop"));
	}

	List<String> problems() {
		return this.problems;
	}

	@SuppressWarnings("unchecked")
	private List<String> axeViolations() {
		js(this.axe);
		List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) this.browser)
			.executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					axe.run(document, { resultTypes: ['violations'] })
					  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
					    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
					      nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') }))))
					  .catch(e => done([{ id: 'axe-failed', impact: 'critical', help: String(e), nodes: '' }]));
					""");
		return violations.stream()
			.map((v) -> "axe " + v.get("impact") + " " + v.get("id") + " (" + v.get("help") + ") at " + v.get("nodes"))
			.toList();
	}

	private String widest() {
		return String.valueOf(
				js("""
						let widest = null;
						const clipped = (el) => {
						  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
						    if (getComputedStyle(p).overflowX !== 'visible') return true;
						  }
						  return false;
						};
						for (const el of document.querySelectorAll('body *')) {
						  if (clipped(el)) continue;
						  const r = el.getBoundingClientRect();
						  if (r.right > window.innerWidth + 1 && (!widest || r.right > widest.r)) {
						    widest = { r: r.right, d: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
						      + (el.className && el.className.baseVal === undefined ? '.' + el.className.trim().split(/\\s+/).join('.') : '') };
						  }
						}
						return widest ? widest.d + ' to ' + Math.round(widest.r) + ' px' : 'unknown';
						"""));
	}

	private Object js(String script) {
		return ((JavascriptExecutor) this.browser).executeScript(script);
	}

}
