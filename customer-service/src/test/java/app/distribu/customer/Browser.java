package app.distribu.customer;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * A browser-like client: keeps cookies, sends the CSRF token of the last page's form,
 * does not follow redirects. With a bearer token it acts as the gateway would for a
 * signed-in team member.
 */
public class Browser {

	private final RestClient http;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final Map<String, String> headers = new LinkedHashMap<>();

	private String bearer;

	private String csrf;

	private final String base;

	public Browser(int port) {
		this.base = "http://localhost:" + port;
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.requestFactory(new JdkClientHttpRequestFactory(
					HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()))
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	public Browser withBearer(String token) {
		this.bearer = token;
		return this;
	}

	/** Sends a header with every request (a proxy's {@code X-Forwarded-For}, say). */
	public Browser withHeader(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	/**
	 * Sends a cookie with every request, whatever its path (as a leaked cookie would).
	 */
	public Browser withCookie(String name, String value) {
		this.cookies.put(name, value);
		return this;
	}

	/** The path is sent as given, already encoded (like a redirect's Location). */
	public Page get(String path) {
		return this.http.get()
			.uri(URI.create(this.base + path))
			.headers(this::addHeaders)
			.exchange((request, response) -> remember(new Page(response.getStatusCode().value(), response.getHeaders(),
					new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8))));
	}

	/** Posts a form with the CSRF token of the last page's form, as a browser does. */
	public Page post(String path, String... namesAndValues) {
		MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			body.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		if (this.csrf != null) {
			body.add("_csrf", this.csrf);
		}
		return this.http.post()
			.uri(URI.create(this.base + path))
			.headers(this::addHeaders)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(body)
			.exchange((request, response) -> remember(new Page(response.getStatusCode().value(), response.getHeaders(),
					new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8))));
	}

	/** Uploads a file as a multipart form, with the CSRF token as a form field. */
	public Page upload(String path, String field, String filename, byte[] content) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add(field, new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return filename;
			}
		});
		if (this.csrf != null) {
			body.add("_csrf", this.csrf);
		}
		return this.http.post()
			.uri(URI.create(this.base + path))
			.headers(this::addHeaders)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body)
			.exchange((request, response) -> remember(new Page(response.getStatusCode().value(), response.getHeaders(),
					new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8))));
	}

	private void addHeaders(HttpHeaders headers) {
		this.headers.forEach(headers::set);
		if (!this.cookies.isEmpty()) {
			headers.add(HttpHeaders.COOKIE, String.join("; ",
					this.cookies.entrySet().stream().map((c) -> c.getKey() + "=" + c.getValue()).toList()));
		}
		if (this.bearer != null) {
			headers.setBearerAuth(this.bearer);
		}
	}

	private Page remember(Page page) {
		for (String header : page.headers().getOrEmpty(HttpHeaders.SET_COOKIE)) {
			for (HttpCookie cookie : HttpCookie.parse(header)) {
				if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
					this.cookies.remove(cookie.getName());
				}
				else {
					this.cookies.put(cookie.getName(), cookie.getValue());
				}
			}
		}
		org.jsoup.nodes.Element token = page.html().selectFirst("input[name=_csrf]");
		if (token != null) {
			this.csrf = token.attr("value");
		}
		return page;
	}

	/** A response as a test sees it. */
	public record Page(int status, HttpHeaders headers, String body) {

		public String location() {
			return this.headers.getFirst(HttpHeaders.LOCATION);
		}

		public Document html() {
			return Jsoup.parse(this.body);
		}

	}

}
