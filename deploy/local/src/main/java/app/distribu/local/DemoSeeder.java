package app.distribu.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * The demo company, created once through the gateway exactly as a user and a partner
 * integration would: sign-up form, API key form, then the public API.
 */
final class DemoSeeder {

	static final String OWNER_EMAIL = "owner@demo.distribu.app";

	static final String OWNER_PASSWORD = "demo-password-1";

	static final String SUPPORT_EMAIL = "support@demo.distribu.app";

	static final String SUPPORT_PASSWORD = "support-password-1";

	static final String SLUG = "demo";

	static final List<String> ALL_SCOPES = List.of("products:read", "products:write", "customers:read",
			"customers:write", "orders:read", "orders:write", "webhooks:read", "webhooks:write");

	private final StackConfig config;

	DemoSeeder(StackConfig config) {
		this.config = config;
	}

	/** Seeds unless an earlier run did; answers the demo API key either way. */
	String seedOnce() {
		Path seeded = this.config.dataDir().resolve("seeded");
		Path keyFile = this.config.dataDir().resolve("demo-api-key");
		try {
			if (Files.exists(seeded) && Files.exists(keyFile)) {
				return Files.readString(keyFile).strip();
			}
			System.out.println("Creating the demo company through the gateway…");
			StackClient browser = new StackClient(this.config.gatewayUrl());
			signUp(browser, "Demo Wholesale", SLUG, "Dana Demo", OWNER_EMAIL, OWNER_PASSWORD);
			String key = createApiKey(browser, "Demo key", ALL_SCOPES);
			Files.writeString(keyFile, key + "\n");
			seedCatalog(browser, key);
			seedCustomers(browser, key);
			awaitStorefront(browser);
			Files.writeString(seeded, "seeded through the gateway\n");
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The storefront learns about a new company from its event, a moment after sign-up;
	 * the start-up message points people at it, so it has to answer first.
	 */
	private static void awaitStorefront(StackClient browser) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (browser.get("/store/" + SLUG).status() != 200) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The demo storefront /store/" + SLUG + " did not appear within 60 s");
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the demo storefront", ex);
			}
		}
	}

	/**
	 * Signs up a company; afterwards {@code browser} holds the owner's session cookie.
	 */
	static void signUp(StackClient browser, String company, String slug, String name, String email, String password) {
		browser.get("/signup").expect(200);
		browser
			.postForm("/signup", List.of(Map.entry("companyName", company), Map.entry("slug", slug),
					Map.entry("name", name), Map.entry("email", email), Map.entry("password", password)))
			.expect(200);
		if (browser.cookie("DISTRIBU_SESSION").isEmpty()) {
			throw new IllegalStateException("Sign-up set no DISTRIBU_SESSION cookie");
		}
	}

	/**
	 * Creates an API key through the dashboard form and answers its secret, shown once.
	 */
	static String createApiKey(StackClient browser, String name, List<String> scopes) {
		browser.get("/dashboard/settings/api-keys").expect(200);
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		fields.add(Map.entry("name", name));
		scopes.forEach((scope) -> fields.add(Map.entry("scopes", scope)));
		StackClient.Response page = browser.postForm("/dashboard/settings/api-keys", fields).expect(200);
		Element secret = page.html().getElementById("new-api-key");
		if (secret == null || !secret.text().strip().startsWith("dk_")) {
			throw new IllegalStateException("No #new-api-key on the page after creating a key:\n" + page.body());
		}
		return secret.text().strip();
	}

	private static void seedCatalog(StackClient api, String key) {
		for (Map<String, Object> product : products()) {
			api.api("POST", "/api/v1/products", "Bearer " + key, product).expect(201);
		}
	}

	private static void seedCustomers(StackClient api, String key) {
		api.api("POST", "/api/v1/customers", "Bearer " + key,
				customer("Corner Market Ltd", "orders@cornermarket.example", "+44 20 7946 0011", "5000.00",
						"Priya Shah", "priya@cornermarket.example"))
			.expect(201);
		api.api("POST", "/api/v1/customers", "Bearer " + key, customer("Harbour Café", "hello@harbourcafe.example",
				"+44 20 7946 0022", "2500.00", "Tom Reyes", "tom@harbourcafe.example"))
			.expect(201);
	}

	private static Map<String, Object> customer(String name, String email, String phone, String creditLimit,
			String contact, String contactEmail) {
		Map<String, Object> customer = new LinkedHashMap<>();
		customer.put("name", name);
		customer.put("email", email);
		customer.put("phone", phone);
		customer.put("creditLimit", creditLimit);
		customer.put("status", "ACTIVE");
		customer.put("contacts", List.of(Map.of("name", contact, "email", contactEmail)));
		return customer;
	}

	private static List<Map<String, Object>> products() {
		List<Map<String, Object>> products = new ArrayList<>();
		String[][] rows = {
				// sku, name, description, category, price, stock
				{ "BEV-001", "Sparkling Water 24 × 330 ml", "Natural mineral water, glass bottles", "Beverages",
						"12.50", "140" },
				{ "BEV-002", "Still Water 24 × 500 ml", "Spring water, PET bottles", "Beverages", "9.80", "210" },
				{ "BEV-003", "Orange Juice 12 × 1 l", "Not from concentrate", "Beverages", "18.90", "64" },
				{ "BEV-004", "Cold Brew Coffee 12 × 250 ml", "Single origin, unsweetened", "Beverages", "27.00", "0" },
				{ "BEV-005", "Green Tea 6 × 100 bags", "Japanese sencha", "Beverages", "21.40", "35" },
				{ "BEV-006", "Cola 24 × 330 ml cans", "Classic recipe", "Beverages", "14.20", "180" },
				{ "BEV-007", "Oat Drink 12 × 1 l", "Barista edition", "Beverages", "19.60", "8" },
				{ "SNK-001", "Sea Salt Crisps 24 × 40 g", "Hand-cooked", "Snacks", "16.80", "95" },
				{ "SNK-002", "Dark Chocolate Bar 20 × 100 g", "70 % cocoa", "Snacks", "31.00", "50" },
				{ "SNK-003", "Salted Almonds 12 × 150 g", "Roasted Spanish almonds", "Snacks", "28.50", "40" },
				{ "SNK-004", "Oat Cookies 24 × 50 g", "Individually wrapped", "Snacks", "15.90", "120" },
				{ "SNK-005", "Granola Bars 30 × 35 g", "Honey and nuts", "Snacks", "22.75", "0" },
				{ "SNK-006", "Dried Mango 10 × 200 g", "No added sugar", "Snacks", "34.00", "22" },
				{ "SNK-007", "Pretzels 20 × 75 g", "Lightly salted", "Snacks", "13.40", "75" },
				{ "CLN-001", "Dish Soap 6 × 1 l", "Eco-certified, lemon", "Cleaning", "17.30", "60" },
				{ "CLN-002", "Multi-surface Spray 12 × 750 ml", "Unscented", "Cleaning", "25.20", "44" },
				{ "CLN-003", "Paper Towels 24 rolls", "Two-ply, recycled", "Cleaning", "29.90", "30" },
				{ "CLN-004", "Nitrile Gloves 10 × 100", "Size M, powder-free", "Cleaning", "54.00", "6" },
				{ "CLN-005", "Floor Cleaner 4 × 5 l", "Concentrate", "Cleaning", "38.60", "18" },
				{ "CLN-006", "Bin Bags 500 × 60 l", "Heavy duty", "Cleaning", "42.10", "25" } };
		for (String[] row : rows) {
			Map<String, Object> product = new LinkedHashMap<>();
			product.put("sku", row[0]);
			product.put("name", row[1]);
			product.put("description", row[2]);
			product.put("category", row[3]);
			product.put("price", row[4]);
			product.put("stock", Integer.parseInt(row[5]));
			product.put("lowStockThreshold", 10);
			product.put("active", true);
			products.add(product);
		}
		return products;
	}

}
