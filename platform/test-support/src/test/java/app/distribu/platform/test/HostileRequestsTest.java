package app.distribu.platform.test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import app.distribu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies over the limit (here 1 KB) and forged tokens, against the platform's shared web
 * and security wiring.
 */
@ServiceTest
@TestPropertySource(properties = "distribu.web.max-body-size=1KB")
class HostileRequestsTest {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void aJsonBodyOverTheLimitIsA413ProblemBeforeAnythingReadsIt() throws Exception {
		HttpResponse<String> response = send(
				post("/api/v1/things", "application/json", HttpRequest.BodyPublishers.ofString(json(1025))));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":413").contains("larger than 1 KB");
	}

	@Test
	void aChunkedJsonBodyOverTheLimitIsRefusedToo() throws Exception {
		HttpResponse<String> response = send(post("/api/v1/things", "application/json", HttpRequest.BodyPublishers
			.ofInputStream(() -> new ByteArrayInputStream(json(5000).getBytes(StandardCharsets.UTF_8)))));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("larger than 1 KB");
	}

	@Test
	void aChunkedJsonBodyWithinTheLimitIsReadAsUsual() throws Exception {
		HttpResponse<String> response = send(post("/api/v1/things", "application/json", HttpRequest.BodyPublishers
			.ofInputStream(() -> new ByteArrayInputStream("{\"name\":\"bolt\"}".getBytes(StandardCharsets.UTF_8)))));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("bolt");
	}

	@Test
	void aFormOverTheLimitShowsTheErrorPageWithTheReason() throws Exception {
		String session = TestTokens.user(UUID.randomUUID(), UUID.randomUUID(), Role.OWNER);
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/dashboard/form"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.header("Cookie", "DISTRIBU_SESSION=" + session + "; XSRF-TOKEN=abc")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=abc&notes=" + "x".repeat(2000)))
			.build());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("The request body is larger than 1 KB.");
	}

	@Test
	void otherBodiesAreLeftToTheFeaturesThatStreamThem() throws Exception {
		HttpResponse<String> response = send(
				post("/api/v1/things", "text/csv", HttpRequest.BodyPublishers.ofString("x".repeat(5000))));

		// Not refused for its size: the endpoint simply does not take CSV.
		assertThat(response.statusCode()).isEqualTo(415);
	}

	@Test
	void everyForgedOrStaleTokenCountsAsNone() throws Exception {
		String token = TestTokens.apiKey(UUID.randomUUID(), "things:read");
		assertThat(send(get("/api/v1/things/known", token)).statusCode()).isEqualTo(200);
		for (TestTokens.Tampering tampering : TestTokens.Tampering.values()) {
			HttpResponse<String> response = send(get("/api/v1/things/known", TestTokens.tampered(token, tampering)));
			assertThat(response.statusCode()).as(tampering.name()).isEqualTo(401);
		}
	}

	private static String json(int length) {
		return "{\"name\":\"" + "x".repeat(length - 11) + "\"}";
	}

	private HttpRequest post(String path, String type, HttpRequest.BodyPublisher body) {
		String token = TestTokens.apiKey(UUID.randomUUID(), "things:read");
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", type)
			.header("Authorization", "Bearer " + token)
			.POST(body)
			.build();
	}

	private HttpRequest get(String path, String token) {
		return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpRequest request) throws Exception {
		return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
