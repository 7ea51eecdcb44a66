package app.distribu.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Storefront buyers for a run: customers with one contact and a default shipping address
 * each (through the API), signed in the way a buyer signs in, by the emailed link, which
 * the local stack's SMTP server keeps in {@code .data/mail}. Returns each buyer's cookies
 * for the load generator.
 */
final class StoreBuyers {

	static final String SLUG = "demo";

	private static final Pattern LINK = Pattern.compile("/store/" + SLUG + "/signin/([A-Za-z0-9_-]+)");

	private final Settings settings;

	private final StackApi api;

	StoreBuyers(Settings settings) {
		this.settings = settings;
		this.api = settings.api();
	}

	/** The signed-in buyer's session cookie and CSRF cookie. */
	record Buyer(String email, String storeSession, String xsrf) {
	}

	List<Buyer> create(String run, int count) throws IOException, InterruptedException {
		List<Buyer> buyers = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String email = "buyer-" + run.toLowerCase() + "-" + i + "@bench.example";
			String id = this.api
				.call("POST", "/api/v1/customers", Map.of("name", "Bench shop " + run + " " + i, "email", email,
						"status", "ACTIVE", "contacts", List.of(Map.of("name", "Buyer " + i, "email", email))))
				.path("id")
				.asString();
			this.api.call("POST", "/api/v1/customers/" + id + "/addresses",
					Map.of("kind", "SHIPPING", "line1", i + " Harbour Street", "city", "Rotterdam", "postalCode",
							"3011 AA", "country", "NL", "makeDefault", true));
			buyers.add(signIn(email));
		}
		return buyers;
	}

	private Buyer signIn(String email) throws IOException, InterruptedException {
		CookieManager cookies = new CookieManager();
		HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
		send(http, get("/store/" + SLUG + "/login"));
		HttpResponse<String> asked = send(http,
				post("/store/" + SLUG + "/login", Map.of("email", email, "_csrf", cookie(cookies, "XSRF-TOKEN"))));
		if (asked.statusCode() != 302) {
			throw new IllegalStateException("Asking a sign-in link for " + email + " answered " + asked.statusCode());
		}
		String token = awaitLink(email);
		String path = "/store/" + SLUG + "/signin/" + token;
		send(http, get(path));
		HttpResponse<String> signedIn = send(http, post(path, Map.of("_csrf", cookie(cookies, "XSRF-TOKEN"))));
		String session = cookie(cookies, "DISTRIBU_STORE_SESSION");
		if (signedIn.statusCode() != 302 || session == null) {
			throw new IllegalStateException("Signing in " + email + " answered " + signedIn.statusCode());
		}
		return new Buyer(email, session, cookie(cookies, "XSRF-TOKEN"));
	}

	/**
	 * Waits for the mail to {@code email} and returns its sign-in token (setup, not
	 * measured).
	 */
	private String awaitLink(String email) throws IOException, InterruptedException {
		Path mail = this.settings.dataDir().resolve("mail");
		long deadline = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < deadline) {
			Optional<String> token = findToken(mail, email);
			if (token.isPresent()) {
				return token.get();
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("No sign-in mail to " + email + " in " + mail + " within 60 s: the "
				+ "storefront sends 30 sign-in links per client address an hour; start the stack with "
				+ "STOREFRONT_REQUESTS_PER_CLIENT=1000 for benchmarks (bench/README.md)");
	}

	private static Optional<String> findToken(Path mail, String email) throws IOException {
		if (!Files.isDirectory(mail)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(mail)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".eml")).toList()) {
				// Quoted-printable: undo soft line breaks and the encoded '='.
				String text = Files.readString(file, StandardCharsets.ISO_8859_1)
					.replace("=\r\n", "")
					.replace("=\n", "")
					.replace("=3D", "=");
				if (text.contains(email)) {
					Matcher link = LINK.matcher(text);
					if (link.find()) {
						return Optional.of(link.group(1));
					}
				}
			}
		}
		return Optional.empty();
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(this.settings.baseUrl().resolve(path)).GET().build();
	}

	private HttpRequest post(String path, Map<String, String> fields) {
		String body = new LinkedHashMap<>(fields).entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode((field.getValue() != null) ? field.getValue() : "", StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(this.settings.baseUrl().resolve(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest request)
			throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String cookie(CookieManager cookies, String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

}
