package app.distribu.billing;

import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** Pages, forms (with their CSRF token, as a browser sends them) and internal calls. */
public final class BillingHttp {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final RestClient http;

	public BillingHttp(int port) {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	public ResponseEntity<String> get(String token, String path) {
		return this.http.get().uri(path).header("Authorization", "Bearer " + token).retrieve().toEntity(String.class);
	}

	public Document page(String token, String path) {
		return Jsoup.parse(get(token, path).getBody());
	}

	/**
	 * Submits a form as a browser does, with a CSRF token in the field and the cookie
	 * (double submit), and the given fields, which may be forged.
	 */
	public ResponseEntity<String> submit(String token, String action, Map<String, String> fields) {
		String csrf = UUID.randomUUID().toString();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		fields.forEach(form::add);
		form.add("_csrf", csrf);
		return this.http.post().uri(action).headers((h) -> {
			h.setBearerAuth(token);
			h.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + csrf);
		}).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().toEntity(String.class);
	}

	/** An internal JSON call, as identity's support console makes it. */
	public ResponseEntity<String> internal(String token, String method, String path, Object body) {
		RestClient.RequestBodySpec request = this.http.method(org.springframework.http.HttpMethod.valueOf(method))
			.uri(path)
			.header("Authorization", "Bearer " + token);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
		}
		return request.retrieve().toEntity(String.class);
	}

	public static JsonNode json(ResponseEntity<String> response) {
		return json.readTree(response.getBody());
	}

}
