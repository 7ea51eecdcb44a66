package app.distribu.platform.test.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One request as a browser or an API client would send it, with the token where each
 * sends it: a bearer header on machine paths, the session cookie on pages (plus a
 * double-submitted CSRF token when asked for).
 */
final class Exchange {

	static final String CSRF = "matrix-csrf-token";

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String method;

	private final String path;

	private String token;

	private String cookieName;

	private String csrfHeader;

	private String csrfCookie;

	private String contentType;

	private byte[] body = new byte[0];

	Exchange(String method, String path) {
		this.method = method;
		this.path = path;
	}

	/**
	 * The token as its holder would send it on this path: a bearer header on machine
	 * paths whoever holds it (an operator's curl with a support token, too), the session
	 * cookie on pages.
	 */
	Exchange token(String token, Access access) {
		this.token = token;
		if (access != Access.API && access != Access.INTERNAL && access != Access.PUBLIC && !machine(this.path)) {
			this.cookieName = (access == Access.STORE) ? "DISTRIBU_STORE_SESSION" : "DISTRIBU_SESSION";
		}
		return this;
	}

	/** Both halves of the double-submitted CSRF token, as a page's script would send. */
	Exchange csrf() {
		return csrf(CSRF, CSRF);
	}

	Exchange csrf(String cookie, String header) {
		this.csrfCookie = cookie;
		this.csrfHeader = header;
		return this;
	}

	Exchange json(String json) {
		this.contentType = "application/json";
		this.body = json.getBytes(StandardCharsets.UTF_8);
		return this;
	}

	Exchange form(String form) {
		this.contentType = "application/x-www-form-urlencoded";
		this.body = form.getBytes(StandardCharsets.UTF_8);
		return this;
	}

	Answer send(String baseUrl) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + this.path))
			.timeout(Duration.ofSeconds(30))
			.method(this.method, (this.body.length > 0 || this.contentType != null)
					? HttpRequest.BodyPublishers.ofByteArray(this.body) : HttpRequest.BodyPublishers.noBody());
		List<String> cookies = new ArrayList<>();
		if (this.token != null && this.cookieName == null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		if (this.token != null && this.cookieName != null) {
			cookies.add(this.cookieName + "=" + this.token);
		}
		if (this.csrfCookie != null) {
			cookies.add("XSRF-TOKEN=" + this.csrfCookie);
		}
		if (this.csrfHeader != null) {
			request.header("X-XSRF-TOKEN", this.csrfHeader);
		}
		if (!cookies.isEmpty()) {
			request.header("Cookie", String.join("; ", cookies));
		}
		if (this.contentType != null) {
			request.header("Content-Type", this.contentType);
		}
		request.header("Accept", machine(this.path) ? "application/json" : "text/html,application/json;q=0.9");
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(""),
					response.headers().firstValue("Content-Type").orElse(""), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(this.method + " " + this.path, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static boolean machine(String path) {
		return path.startsWith("/api/") || path.startsWith("/internal/") || path.startsWith("/webhooks/");
	}

	/** What came back. */
	record Answer(int status, String location, String contentType, String body) {

		boolean sentToSignIn() {
			return this.status == 302 && this.location.contains("login");
		}

	}

}
