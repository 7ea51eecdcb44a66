package app.distribu.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like client of the gateway: keeps cookies (its own jar, since the JDK's
 * {@code CookieManager} is picky about host-only cookies on {@code localhost}), follows
 * redirects while collecting their cookies, sends {@code _csrf} with forms; and a plain
 * API client for {@code /api/v1} with a bearer key and no cookies.
 */
public final class StackClient {

	public static final String CSRF_COOKIE = "XSRF-TOKEN";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	/**
	 * The {@code _csrf} field of the last page seen, valid while the CSRF cookie stays.
	 */
	private String formCsrf;

	public StackClient(String baseUrl) {
		this.base = URI.create(baseUrl);
	}

	/** GET with cookies, following redirects. */
	public Response get(String path) {
		return browse(HttpRequest.newBuilder(resolve(path)).GET());
	}

	/**
	 * POST a form ({@code application/x-www-form-urlencoded}) with {@code _csrf} added.
	 */
	public Response postForm(String path, List<Map.Entry<String, String>> fields) {
		List<Map.Entry<String, String>> all = new ArrayList<>(fields);
		all.add(Map.entry("_csrf", csrfToken()));
		String body = all.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return browse(HttpRequest.newBuilder(resolve(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * The token for the next form: the page's hidden field, else the cookie (double
	 * submit).
	 */
	public String csrfToken() {
		if (this.formCsrf != null) {
			return this.formCsrf;
		}
		return cookie(CSRF_COOKIE).orElseThrow(
				() -> new IllegalStateException("No " + CSRF_COOKIE + " cookie yet: GET a page with a form first"));
	}

	public Optional<String> cookie(String name) {
		return Optional.ofNullable(this.cookies.get(name));
	}

	/**
	 * An API call without cookies. {@code authorization} is the whole header value (null
	 * for none), so tests can send malformed ones.
	 */
	public Response api(String method, String path, String authorization, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(30));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return send(request.build());
	}

	private Response browse(HttpRequest.Builder request) {
		return browse(request, 0);
	}

	private Response browse(HttpRequest.Builder request, int redirects) {
		request.timeout(Duration.ofSeconds(30));
		if (!this.cookies.isEmpty()) {
			request.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		HttpRequest sent = request.build();
		Response response = send(sent);
		remember(response);
		Optional<String> location = response.headers().firstValue("Location");
		if (response.status() >= 301 && response.status() <= 303 && location.isPresent()) {
			if (redirects == 10) {
				throw new IllegalStateException("More than 10 redirects, the last to " + location.get());
			}
			return browse(HttpRequest.newBuilder(sent.uri().resolve(location.get())).GET(), redirects + 1);
		}
		return response;
	}

	private void remember(Response response) {
		for (String setCookie : response.headers().allValues("Set-Cookie")) {
			String[] attributes = setCookie.split(";");
			int equals = attributes[0].indexOf('=');
			if (equals < 1) {
				continue;
			}
			String name = attributes[0].substring(0, equals).trim();
			String value = attributes[0].substring(equals + 1).trim();
			boolean expired = value.isEmpty();
			for (String attribute : attributes) {
				expired |= attribute.trim().equalsIgnoreCase("Max-Age=0");
			}
			if (name.equals(CSRF_COOKIE)) {
				this.formCsrf = null;
			}
			if (expired) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}
		if (response.isHtml()) {
			Element field = response.html().selectFirst("input[name=_csrf]");
			if (field != null) {
				this.formCsrf = field.val();
			}
		}
	}

	private Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers(), response.body(), request.uri());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted: " + request.method() + " " + request.uri(), ex);
		}
	}

	private URI resolve(String path) {
		return this.base.resolve(path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * What came back, with the address it came from after redirects.
	 */
	public record Response(int status, HttpHeaders headers, String body, URI uri) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public Document html() {
			return Jsoup.parse(this.body, this.uri.toString());
		}

		public boolean isHtml() {
			return this.headers.firstValue("Content-Type").orElse("").startsWith("text/html");
		}

		public String contentType() {
			return this.headers.firstValue("Content-Type").orElse("");
		}

		/** Fails with the whole answer unless the status is {@code expected}. */
		public Response expect(int expected) {
			if (this.status != expected) {
				throw new IllegalStateException(
						"Expected " + expected + " from " + this.uri + " but got " + this.status + ":\n" + this.body);
			}
			return this;
		}

	}

}
