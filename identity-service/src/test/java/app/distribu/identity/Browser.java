package app.distribu.identity;

import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * A tiny browser for page tests: keeps cookies, sends forms with their CSRF token, and
 * does not follow redirects so tests can assert them.
 */
public class Browser {

	private final RestClient http;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String bearer;

	private final Map<String, String> headers = new LinkedHashMap<>();

	private String csrf;

	public Browser(int port) {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.requestFactory(new JdkClientHttpRequestFactory(HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.followRedirects(HttpClient.Redirect.NEVER)
				.build()))
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	/**
	 * Acts as a signed-in user, as the gateway would after relaying the session cookie.
	 */
	public Browser withBearer(String token) {
		this.bearer = token;
		return this;
	}

	/** Holds a cookie as if a response had set it. */
	public Browser withCookie(String name, String value) {
		this.cookies.put(name, value);
		return this;
	}

	/** Sends a header with every request, e.g. the {@code X-Forwarded-For} of a proxy. */
	public Browser withHeader(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	public Page get(String path) {
		return this.http.get().uri(path).headers(this::addHeaders).exchange((request, response) -> {
			remember(response.getHeaders());
			return remember(new Page(response.getStatusCode().value(), response.getHeaders(),
					new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
		});
	}

	/** Posts a form with the CSRF token of the last page's form, as a browser does. */
	public Page post(String path, MultiValueMap<String, String> form) {
		MultiValueMap<String, String> body = new LinkedMultiValueMap<>(form);
		if (this.csrf != null) {
			body.add("_csrf", this.csrf);
		}
		return this.http.post()
			.uri(path)
			.headers(this::addHeaders)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(body)
			.exchange((request, response) -> {
				remember(response.getHeaders());
				return remember(new Page(response.getStatusCode().value(), response.getHeaders(),
						new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
			});
	}

	/**
	 * Posts one file as {@code multipart/form-data}, with the CSRF token, as a browser
	 * does.
	 */
	public Page upload(String path, String field, String filename, byte[] bytes) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add(field, new org.springframework.core.io.ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return filename;
			}
		});
		if (this.csrf != null) {
			body.add("_csrf", this.csrf);
		}
		return this.http.post()
			.uri(path)
			.headers(this::addHeaders)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body)
			.exchange((request, response) -> {
				remember(response.getHeaders());
				return remember(new Page(response.getStatusCode().value(), response.getHeaders(),
						new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
			});
	}

	public static MultiValueMap<String, String> form(String... namesAndValues) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

	public String cookie(String name) {
		return this.cookies.get(name);
	}

	private void addHeaders(HttpHeaders headers) {
		if (!this.cookies.isEmpty()) {
			headers.add(HttpHeaders.COOKIE,
					String.join("; ",
							this.cookies.entrySet()
								.stream()
								.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
								.toList()));
		}
		if (this.bearer != null) {
			headers.setBearerAuth(this.bearer);
		}
		this.headers.forEach(headers::add);
	}

	private Page remember(Page page) {
		org.jsoup.nodes.Element token = page.html().selectFirst("input[name=_csrf]");
		if (token != null) {
			this.csrf = token.attr("value");
		}
		return page;
	}

	private void remember(HttpHeaders headers) {
		List<String> setCookies = headers.getOrEmpty(HttpHeaders.SET_COOKIE);
		for (String header : setCookies) {
			for (HttpCookie cookie : HttpCookie.parse(header)) {
				if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
					this.cookies.remove(cookie.getName());
				}
				else {
					this.cookies.put(cookie.getName(), cookie.getValue());
				}
			}
		}
	}

	/** A response as a test sees it. */
	public record Page(int status, HttpHeaders headers, String body) {

		public String location() {
			return this.headers.getFirst(HttpHeaders.LOCATION);
		}

		public List<String> setCookies() {
			return this.headers.getOrEmpty(HttpHeaders.SET_COOKIE);
		}

		public org.jsoup.nodes.Document html() {
			return org.jsoup.Jsoup.parse(this.body);
		}

	}

}
