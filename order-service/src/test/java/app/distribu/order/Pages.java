package app.distribu.order;

import java.net.http.HttpClient;
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

	public ResponseEntity<String> get(String token, String path) {
		return this.http.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
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
