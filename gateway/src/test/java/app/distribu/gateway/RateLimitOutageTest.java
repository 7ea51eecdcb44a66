package app.distribu.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rate-limit database stops under a running gateway: changes are refused with 503
 * (never let through uncounted), reads go on counted by the replica itself, and once the
 * database is back the shared count takes over again by itself. No broker runs: the key
 * revocation listener only retries in the background.
 */
class RateLimitOutageTest {

	static final FakeService identity = new FakeService();

	static final FakeService services = new FakeService();

	static final int port = freePort();

	static Path dataDir;

	static EmbeddedPostgres database;

	static ConfigurableApplicationContext gateway;

	@BeforeAll
	static void start() throws IOException {
		dataDir = Files.createTempDirectory("rate-limit-db");
		database = startDatabase();
		Map<String, Object> properties = new HashMap<>();
		properties.put("SERVER_PORT", 0);
		properties.put("DB_URL", database.getJdbcUrl("postgres", "postgres"));
		properties.put("DB_USER", "postgres");
		properties.put("DB_PASSWORD", "postgres");
		properties.put("spring.kafka.bootstrap-servers", "127.0.0.1:" + freePort());
		properties.put("IDENTITY_URL", identity.url());
		for (String name : new String[] { "CATALOG_URL", "CUSTOMER_URL", "ORDER_URL", "WEBHOOK_URL", "BILLING_URL" }) {
			properties.put(name, services.url());
		}
		gateway = new SpringApplicationBuilder(GatewayApplication.class).properties(properties).run();
	}

	@AfterAll
	static void stop() throws IOException {
		if (gateway != null) {
			gateway.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void withTheDatabaseDownChangesAreRefusedReadsStayLimitedAndItRecoversByItself() throws IOException {
		String warmUp = freshKey();
		await().atMost(Duration.ofSeconds(60)).until(() -> call(HttpMethod.GET, warmUp).getStatusCode().value() == 200);
		String key = "dk_" + UUID.randomUUID();
		UUID keyId = identity.allow(key, 3);
		assertThat(call(HttpMethod.POST, key).getStatusCode().value()).isEqualTo(200);
		assertThat(call(HttpMethod.GET, key).getHeaders().getFirst("X-RateLimit-Remaining")).isEqualTo("1");

		database.close();
		ResponseEntity<String> change = call(HttpMethod.POST, key);

		assertThat(change.getStatusCode().value()).isEqualTo(503);
		assertThat(change.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(change.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
		assertThat(change.getBody()).contains("Rate limits can't be checked right now, so changes are paused.");
		assertThat(call(HttpMethod.DELETE, key).getStatusCode().value()).isEqualTo(503);
		assertThat(services.requestsFromKey(keyId)).as("no refused change reached the service").isEqualTo(2);
		assertReadsCountedOnThisReplica(key);

		database = startDatabase();
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> call(HttpMethod.POST, "dk_" + UUID.randomUUID() + "-unknown").getStatusCode().value() == 401
					&& call(HttpMethod.POST, freshKey()).getStatusCode().value() == 200);
	}

	/** Three reads per minute for this key: the fourth in the same minute is refused. */
	private void assertReadsCountedOnThisReplica(String key) {
		for (int attempt = 1;; attempt++) {
			String probe = (attempt == 1) ? key : freshKey();
			List<ResponseEntity<String>> reads = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				reads.add(call(HttpMethod.GET, probe));
			}
			boolean oneMinute = reads.stream()
				.map((r) -> r.getHeaders().getFirst("X-RateLimit-Reset"))
				.distinct()
				.count() == 1;
			if (!oneMinute && attempt < 3) {
				continue;
			}
			assertThat(reads.subList(0, 3)).allSatisfy((read) -> {
				assertThat(read.getStatusCode().value()).isEqualTo(200);
				assertThat(read.getHeaders().getFirst("X-RateLimit-Limit")).isEqualTo("3");
			});
			assertThat(reads.get(3).getStatusCode().value()).isEqualTo(429);
			return;
		}
	}

	private static String freshKey() {
		String key = "dk_" + UUID.randomUUID();
		identity.allow(key, 3);
		return key;
	}

	private static ResponseEntity<String> call(HttpMethod method, String key) {
		int gatewayPort = ((WebServerApplicationContext) gateway).getWebServer().getPort();
		return RestClient.builder()
			.baseUrl("http://localhost:" + gatewayPort)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build()
			.method(method)
			.uri("/api/v1/products")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
			.retrieve()
			.toEntity(String.class);
	}

	/** On a fixed port and folder, so a restart is the same server to its clients. */
	private static EmbeddedPostgres startDatabase() {
		try {
			return EmbeddedPostgres.builder()
				.setPort(port)
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
