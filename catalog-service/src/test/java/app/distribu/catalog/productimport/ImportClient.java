package app.distribu.catalog.productimport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import app.distribu.catalog.Http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Starts imports through the API and waits for them, as a partner's script would. */
@SuppressWarnings("rawtypes")
final class ImportClient {

	private final Http http;

	ImportClient(Http http) {
		this.http = http;
	}

	ResponseEntity<Map> start(String token, String mode, byte[] csv) {
		return this.http.raw()
			.post()
			.uri("/api/v1/products/import" + ((mode != null) ? "?mode=" + mode : ""))
			.headers((h) -> h.setBearerAuth(token))
			.contentType(MediaType.parseMediaType("text/csv"))
			.body(csv)
			.retrieve()
			.toEntity(Map.class);
	}

	/** Imports and returns the finished job. */
	Map run(String token, String mode, String csv) {
		return run(token, mode, csv.getBytes(StandardCharsets.UTF_8));
	}

	Map run(String token, String mode, byte[] csv) {
		ResponseEntity<Map> started = start(token, mode, csv);
		assertThat(started.getStatusCode().value()).isEqualTo(202);
		return finished(token, (String) started.getBody().get("id"), Duration.ofSeconds(30));
	}

	Map finished(String token, String id, Duration within) {
		String path = "/api/v1/products/imports/" + id;
		await().atMost(within)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> Map.of("DONE", 1, "FAILED", 1)
				.containsKey(this.http.get(token, path).getBody().get("status")));
		return this.http.get(token, path).getBody();
	}

}
