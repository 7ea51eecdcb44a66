package app.distribu.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Signs in as the demo company's owner (the launcher's demo account) to put the company
 * on the Enterprise plan: no monthly order limit, so a benchmark never ends in refusals.
 */
final class DemoOwner {

	static final String EMAIL = "owner@demo.distribu.app";

	static final String PASSWORD = "demo-password-1";

	private final URI baseUrl;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	DemoOwner(URI baseUrl) {
		this.baseUrl = baseUrl;
		this.http = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	void moveToEnterprise() throws IOException, InterruptedException {
		get("/login");
		HttpResponse<String> signedIn = post("/login", Map.of("email", EMAIL, "password", PASSWORD));
		if (signedIn.statusCode() != 302 || cookie("DISTRIBU_SESSION") == null) {
			throw new IllegalStateException("Could not sign in as " + EMAIL + " (answer " + signedIn.statusCode()
					+ "): is the demo data seeded (./run-local.sh)?");
		}
		get("/dashboard/billing/plans");
		HttpResponse<String> switched = post("/dashboard/billing/plans", Map.of("plan", "ENTERPRISE"));
		if (switched.statusCode() >= 400) {
			throw new IllegalStateException("Plan change refused: " + switched.statusCode() + " " + switched.body());
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(this.baseUrl.resolve(path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A form post with the double-submit CSRF token the pages expect. */
	private HttpResponse<String> post(String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", cookie("XSRF-TOKEN"));
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(this.baseUrl.resolve(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private static String encode(String value) {
		return URLEncoder.encode((value != null) ? value : "", StandardCharsets.UTF_8);
	}

}
