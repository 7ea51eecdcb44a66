package app.distribu.catalog;

import java.util.Map;

import org.jsoup.Jsoup;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Submits dashboard forms as a browser does: the CSRF field from a page plus its cookie.
 */
public final class Browser {

	private final Http http;

	private final String token;

	public Browser(Http http, String token) {
		this.http = http;
		this.token = token;
	}

	public ResponseEntity<String> open(String path) {
		return this.http.page(this.token, path);
	}

	/**
	 * Loads {@code page} for the CSRF token, then posts {@code fields} to {@code action}.
	 */
	public ResponseEntity<String> submit(String page, String action, Map<String, String> fields) {
		ResponseEntity<String> form = this.http.page(this.token, page);
		String csrf = Jsoup.parse(form.getBody()).select("input[name=_csrf]").val();
		String cookie = form.getHeaders()
			.get(HttpHeaders.SET_COOKIE)
			.stream()
			.filter((c) -> c.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
		MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
		fields.forEach(body::add);
		body.add("_csrf", csrf);
		return this.http.raw().post().uri(action).headers((h) -> {
			h.setBearerAuth(this.token);
			h.add(HttpHeaders.COOKIE, cookie);
		}).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(body).retrieve().toEntity(String.class);
	}

}
