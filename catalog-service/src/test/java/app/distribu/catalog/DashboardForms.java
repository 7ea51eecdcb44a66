package app.distribu.catalog;

import java.net.http.HttpClient;
import java.net.http.HttpClient.Redirect;

import org.jsoup.Jsoup;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Submits dashboard forms as a browser does: the CSRF field from the page plus its
 * cookie, multipart when the form uploads. Redirects are returned, not followed.
 */
public final class DashboardForms {

	private final RestClient noRedirects;

	public DashboardForms(int port) {
		this.noRedirects = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.requestFactory(
					new JdkClientHttpRequestFactory(HttpClient.newBuilder().followRedirects(Redirect.NEVER).build()))
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	/**
	 * Opens {@code page} for its CSRF token, then posts {@code fields} to {@code action}.
	 */
	public ResponseEntity<String> submit(String token, String page, String action, MultiValueMap<String, Object> fields,
			MediaType type) {
		// A client without a cookie store: the page always sets the CSRF cookie afresh.
		ResponseEntity<String> form = this.noRedirects.get()
			.uri(page)
			.headers((h) -> h.setBearerAuth(token))
			.accept(MediaType.TEXT_HTML)
			.retrieve()
			.toEntity(String.class);
		String csrf = Jsoup.parse(form.getBody()).select("input[name=_csrf]").first().val();
		String cookie = form.getHeaders()
			.get(HttpHeaders.SET_COOKIE)
			.stream()
			.filter((c) -> c.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
		fields.add("_csrf", csrf);
		return this.noRedirects.post().uri(action).headers((h) -> {
			h.setBearerAuth(token);
			h.add(HttpHeaders.COOKIE, cookie);
		}).contentType(type).body(fields).retrieve().toEntity(String.class);
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
		String cookies = String.join("; ",
				redirect.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().map((c) -> c.split(";")[0]).toList());
		return this.noRedirects.get().uri(redirect.getHeaders().getLocation()).headers((h) -> {
			h.setBearerAuth(token);
			h.add(HttpHeaders.COOKIE, cookies);
		}).retrieve().toEntity(String.class);
	}

}
