package app.distribu.platform.test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What went wrong in a {@link HeadlessChromium} since the last look: console errors, and
 * pages or resources the servers answered with 4xx or 5xx (from Chromium's network log).
 * A browser test calls {@link #problems} after each step and expects none.
 */
public final class BrowserLogs {

	private static final Pattern RESPONSE = Pattern
		.compile("\"method\":\"Network\\.responseReceived\".*?\"response\":\\{.*?\"status\":(\\d{3})");

	private static final Pattern URL = Pattern.compile("\"response\":\\{.*?\"url\":\"([^\"]*)\"");

	private BrowserLogs() {
	}

	/**
	 * Console errors and 4xx/5xx answers since the previous call; reading clears them.
	 */
	public static List<String> problems(WebDriver browser) {
		List<String> problems = new ArrayList<>();
		for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
				problems.add("console: " + entry.getMessage());
			}
		}
		for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
			Matcher status = RESPONSE.matcher(entry.getMessage());
			if (status.find() && Integer.parseInt(status.group(1)) >= 400) {
				Matcher url = URL.matcher(entry.getMessage());
				problems.add("HTTP " + status.group(1) + ": " + (url.find() ? url.group(1) : "?"));
			}
		}
		return problems;
	}

}
