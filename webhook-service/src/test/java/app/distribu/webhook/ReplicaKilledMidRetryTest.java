package app.distribu.webhook;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.distribu.platform.test.SharedKafka;
import app.distribu.platform.test.SharedPostgres;
import app.distribu.platform.test.TestTokens;

import static app.distribu.webhook.WebhookEvents.customer;
import static app.distribu.webhook.WebhookEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real webhook-service process is killed (SIGKILL) while one delivery waits for its
 * retry and another is in the middle of an attempt; a new instance on the same database
 * carries on with the schedule: the retry comes when it was due, the interrupted attempt
 * once its lease ends.
 */
class ReplicaKilledMidRetryTest {

	static final Receiver receiver = receiver();

	static final List<Process> processes = new ArrayList<>();

	@AfterAll
	static void stop() {
		processes.forEach(Process::destroyForcibly);
		receiver.close();
	}

	@Test
	void theRetryScheduleResumesAfterTheReplicaIsKilled() throws Exception {
		String database = SharedPostgres.newDatabase();
		Map<String, String> settings = settings(database);
		receiver.on("/fails-first", (exchange, n) -> Receiver.reply(exchange, (n == 1) ? 500 : 200, "ok"));
		receiver.on("/hangs-first", (exchange, n) -> {
			if (n == 1) {
				Receiver.headersThenStall().answer(exchange, n);
			}
			else {
				Receiver.reply(exchange, 200, "ok");
			}
		});
		int port = freePort();
		Process killed = start(settings, port);
		awaitReady(port, killed);

		UUID company = UUID.randomUUID();
		Api api = new Api(port);
		String token = TestTokens.apiKey(company, "webhooks:write");
		api.create(token, Map.of("url", receiver.url("/fails-first"), "events", List.of("customer.created")));
		api.create(token, Map.of("url", receiver.url("/hangs-first"), "events", List.of("customer.created")));
		UUID eventId = publish(company, "customer.created", customer());
		receiver.await("/fails-first", eventId.toString());
		receiver.await("/hangs-first", eventId.toString());
		JdbcClient jdbc = JdbcClient
			.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(database, "postgres", "postgres"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from webhook.webhook_attempt").query(Integer.class).single() == 1);

		killed.destroyForcibly().waitFor();
		Instant killedAt = Instant.now();

		try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(WebhookApplication.class)
			.run(arguments(settings, 0))) {
			Receiver.Received retried = receiver.awaitAll("/fails-first", (r) -> true, 2).get(1);
			Receiver.Received resumed = receiver.awaitAll("/hangs-first", (r) -> true, 2).get(1);

			assertThat(retried.header("X-Distribu-Attempt")).isEqualTo("2");
			assertThat(retried.header("webhook-id")).isEqualTo(eventId.toString());
			assertThat(resumed.header("X-Distribu-Attempt")).isEqualTo("2");
			assertThat(resumed.header("webhook-id")).isEqualTo(eventId.toString());
			Instant firstHang = receiver.to("/hangs-first").get(0).at();
			// The 5 s lease starts at the claim, a moment before the receiver sees the
			// request; a restart without leases would resend within a second or two.
			assertThat(Duration.between(firstHang, resumed.at())).as("only once the lease ended")
				.isGreaterThanOrEqualTo(Duration.ofMillis(4500));
			await().atMost(Duration.ofSeconds(20))
				.until(() -> jdbc.sql("select count(*) from webhook.webhook_delivery where status = 'SUCCEEDED'")
					.query(Integer.class)
					.single() == 2);
			assertThat(receiver.to("/fails-first")).hasSize(2);
			assertThat(receiver.to("/hangs-first")).hasSize(2);
			assertThat(killedAt).isBefore(retried.at());
		}
	}

	private static Map<String, String> settings(String database) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("spring.datasource.url", database);
		settings.put("spring.datasource.username", "postgres");
		settings.put("spring.datasource.password", "postgres");
		settings.put("spring.kafka.bootstrap-servers", SharedKafka.bootstrapServers());
		settings.put("spring.kafka.consumer.group-id", "killed-replica-" + System.nanoTime());
		settings.put("spring.kafka.consumer.auto-offset-reset", "earliest");
		settings.put("distribu.security.jwks-uri", TestTokens.jwksUri());
		settings.put("distribu.outbound.allow-loopback", "true");
		settings.put("distribu.webhooks.attempt-timeout", "4s");
		settings.put("distribu.webhooks.lease", "5s");
		settings.put("distribu.webhooks.poll-interval", "100ms");
		settings.put("distribu.webhooks.retry.first-wait", "3s");
		settings.put("distribu.webhooks.retry.jitter", "0");
		settings.put("management.endpoint.health.probes.enabled", "true");
		return settings;
	}

	/**
	 * Command-line arguments: they win over application.yml, as environment variables do.
	 */
	private static String[] arguments(Map<String, String> settings, int port) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=" + port));
		settings.forEach((name, value) -> arguments.add("--" + name + "=" + value));
		return arguments.toArray(String[]::new);
	}

	/** The service in a JVM of its own, on the test's classpath. */
	private static Process start(Map<String, String> settings, int port) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
						"-Xmx384m", "-cp", System.getProperty("java.class.path"), WebhookApplication.class.getName(),
						"--server.port=" + port, "--logging.structured.format.console="));
		settings.forEach((name, value) -> command.add("--" + name + "=" + value));
		File log = Path.of("target", "killed-replica.log").toFile();
		Files.createDirectories(log.toPath().getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log))
			.start();
		processes.add(process);
		return process;
	}

	private static void awaitReady(int port, Process process) {
		await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!process.isAlive()) {
				throw new IllegalStateException("The replica exited; see target/killed-replica.log");
			}
			try {
				HttpURLConnection connection = (HttpURLConnection) URI
					.create("http://127.0.0.1:" + port + "/actuator/health/readiness")
					.toURL()
					.openConnection();
				return connection.getResponseCode() == 200;
			}
			catch (IOException notYet) {
				return false;
			}
		});
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
	}

	private static Receiver receiver() {
		try {
			return new Receiver();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
