package app.distribu.catalog;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

import app.distribu.platform.test.HeadlessChromium;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Chromium on the inventory pages, signed in with a session cookie: add an image to
 * a product and see its thumbnail; import a CSV with one bad row and see the counts, the
 * rejected line with its reason and the report link.
 */
@ServiceTest
@TestPropertySource(properties = "distribu.images.directory=${java.io.tmpdir}/distribu-test-images")
class InventoryBrowserTest {

	@LocalServerPort
	int port;

	WebDriver browser;

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void addAnImageAndImportACsvWithOneBadRow() throws Exception {
		UUID company = UUID.randomUUID();
		String owner = Http.owner(company);
		new Http(this.port).post(TestTokens.apiKey(company, "products:write"), "/api/v1/products",
				Http.product("CAM-1", "49.00", 3));
		this.browser = HeadlessChromium.start();
		this.browser.get(url("/assets/distribu.css"));
		this.browser.manage().addCookie(new Cookie("DISTRIBU_SESSION", owner, "/"));

		this.browser.get(url("/dashboard/products"));
		this.browser.findElement(By.linkText("Add image")).click();
		Path photo = Files.createTempFile("camera", ".png");
		ImageIO.write(photo(), "png", photo.toFile());
		this.browser.findElement(By.cssSelector("#image-upload input[type=file]")).sendKeys(photo.toString());
		this.browser.findElement(By.cssSelector("#image-upload button[type=submit]")).click();
		WebElement thumbnail = await((page) -> page.findElement(By.cssSelector("#image-list img")));
		await((page) -> (Long) ((JavascriptExecutor) page).executeScript("return arguments[0].naturalWidth",
				thumbnail) > 0);
		assertThat(text("#image-list .badge")).isEqualTo("Primary");
		HeadlessChromium.screenshot(this.browser, "product-images");

		this.browser.get(url("/dashboard/products"));
		assertThat(this.browser.findElement(By.cssSelector("tr td.images img")).getAttribute("src"))
			.endsWith("/thumbnail");
		this.browser.findElement(By.linkText("Import CSV")).click();
		HeadlessChromium.screenshot(this.browser, "products-import-form");
		Path csv = Files.createTempFile("products", ".csv");
		Files
			.writeString(csv,
					"sku,name,description,category,price,stock,active\n" + "CAM-2,Camera strap,,Photo,9.50,10,\n"
							+ "CAM-3,Lens cap,,Photo,-2,5,\n" + "CAM-4,Tripod,,Photo,35,2,true\n",
					StandardCharsets.UTF_8);
		this.browser.findElement(By.cssSelector("#import-form input[type=file]")).sendKeys(csv.toString());
		this.browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();
		await((page) -> !page.findElements(By.id("summary")).isEmpty());
		HeadlessChromium.screenshot(this.browser, "products-import");

		assertThat(text("#created")).isEqualTo("2");
		assertThat(text("#rejected")).isEqualTo("1");
		assertThat(text("#rejections tbody tr")).isEqualTo("3 CAM-3 Price must be 0 or more.");
		String report = this.browser.findElement(By.id("report")).getAttribute("href");
		// Headless Chromium can't save downloads here; fetch the link with the same
		// session.
		String body = new Http(this.port).raw()
			.get()
			.uri(report)
			.header(HttpHeaders.COOKIE, "DISTRIBU_SESSION=" + owner)
			.retrieve()
			.body(String.class);
		assertThat(body).isEqualTo("\uFEFFline,sku,reason\r\n3,CAM-3,Price must be 0 or more.\r\n");
	}

	private static BufferedImage photo() {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.DARK_GRAY);
		g.fillRect(0, 0, 640, 480);
		g.setColor(Color.LIGHT_GRAY);
		g.fillOval(220, 140, 200, 200);
		g.dispose();
		return image;
	}

	private <T> T await(Function<WebDriver, T> condition) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
