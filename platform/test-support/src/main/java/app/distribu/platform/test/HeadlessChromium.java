package app.distribu.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium from Debian's packages ({@code chromium},
 * {@code chromium-driver}) for browser tests. Missing packages fail the test with what to
 * install: browser tests never pass silently.
 */
public final class HeadlessChromium {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private HeadlessChromium() {
	}

	/** A fresh browser with its own profile; quit it after the test. */
	public static WebDriver start() {
		return start(new String[0]);
	}

	/**
	 * A fresh browser with further Chromium switches, e.g.
	 * {@code --host-resolver-rules=MAP *.example 127.0.0.1} to open custom domains on
	 * loopback.
	 */
	public static WebDriver start(String... switches) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException("Browser tests need Debian's Chromium: "
					+ "apt-get install --no-install-recommends chromium chromium-driver (.ci/run does it)");
		}
		try {
			Path profile = Files.createTempDirectory("chromium-profile");
			ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
				.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						// Without these Chromium tries to reach Google's hosts from a
						// closed network.
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile)
				.addArguments(switches);
			ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.build();
			return new ChromeDriver(driver, options);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Keeps what the browser shows in target/screenshots/{name}.png for people to look
	 * at.
	 */
	public static void screenshot(WebDriver browser, String name) {
		Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
		try {
			Path target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
