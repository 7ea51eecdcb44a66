package app.distribu.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public API of a running stack, with the demo API key the launcher wrote. */
final class StackApi {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI baseUrl;

	private final String key;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	StackApi(URI baseUrl, String key) {
		this.baseUrl = baseUrl;
		this.key = key;
	}

	URI baseUrl() {
		return this.baseUrl;
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.baseUrl.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + this.key);
	}

	static HttpRequest.BodyPublisher json(Object body) {
		return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
	}

	/** A setup call that must succeed; the benchmark is meaningless otherwise. */
	JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
		HttpRequest request = request(path).header("Content-Type", "application/json")
			.method(method, (body != null) ? json(body) : HttpRequest.BodyPublishers.noBody())
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
					+ response.body()
					+ (response.statusCode() == 429
							? "\nStart the stack with API_RATE_LIMITS_ENABLED=false for benchmarks (bench/README.md)."
							: ""));
		}
		return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
	}

	HttpClient http() {
		return this.http;
	}

}
