package app.distribu.order;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Pages over HTTP as a browser uses them: the session token, and forms posted with the
 * double-submitted CSRF cookie. Redirects are not followed, so tests see them.
 */
public final class Pages {

	private static final String CSRF = "test-csrf-token";

	private final RestClient http;

	public Pages(int port) {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.requestFactory(new JdkClientHttpRequestFactory(
					HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()))
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	/** {@code token} null: a visitor without a session. */
	public ResponseEntity<String> get(String token, String path) {
		return getWithCookie(token, path, null);
	}

	public ResponseEntity<String> getWithCookie(String token, String path, String cookie) {
		return this.http.get().uri(path).headers((headers) -> {
			if (token != null) {
				headers.setBearerAuth(token);
			}
			if (cookie != null) {
				headers.add(HttpHeaders.COOKIE, cookie);
			}
		}).retrieve().toEntity(String.class);
	}

	/** A visitor's form post: the CSRF cookie, no session. */
	public ResponseEntity<String> postAnonymously(String path, Map<String, String> fields) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		fields.forEach(form::add);
		form.add("_csrf", CSRF);
		return this.http.post()
			.uri(path)
			.header(HttpHeaders.COOKIE, "XSRF-TOKEN=" + CSRF)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.toEntity(String.class);
	}

	/**
	 * Follows a form's redirect (POST/redirect/GET) with the cookies it set, as a browser
	 * does: a flash message travels in one.
	 */
	public ResponseEntity<String> follow(String token, ResponseEntity<String> redirect) {
		if (!redirect.getStatusCode().is3xxRedirection()) {
			throw new AssertionError(
					"Expected a redirect but got " + redirect.getStatusCode() + ":\n" + redirect.getBody());
		}
		List<String> cookies = redirect.getHeaders()
			.getOrEmpty(HttpHeaders.SET_COOKIE)
			.stream()
			.map((header) -> header.substring(0, header.indexOf(';')))
			.toList();
		return this.http.get()
			.uri(redirect.getHeaders().getLocation())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.header(HttpHeaders.COOKIE, String.join("; ", cookies))
			.retrieve()
			.toEntity(String.class);
	}

	/** Posts a form; {@code fields} values are a String or a list of Strings. */
	public ResponseEntity<String> post(String token, String path, Map<String, ?> fields) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		fields.forEach((name, value) -> {
			if (value instanceof Iterable<?> values) {
				values.forEach((v) -> form.add(name, String.valueOf(v)));
			}
			else {
				form.add(name, String.valueOf(value));
			}
		});
		form.add("_csrf", CSRF);
		return this.http.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.header(HttpHeaders.COOKIE, "XSRF-TOKEN=" + CSRF)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.toEntity(String.class);
	}

	/** A form posted without the CSRF token, as a forging site would. */
	public ResponseEntity<String> postWithoutCsrf(String token, String path, Map<String, String> fields) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		fields.forEach(form::add);
		return this.http.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.toEntity(String.class);
	}

}
