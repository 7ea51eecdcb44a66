package app.distribu.identity.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A real Keycloak (the quarkus dist unpacked by the build into target/keycloak) with the
 * realm of deploy/keycloak, in its own process group so that stopping it stops its JVM
 * too.
 */
final class Keycloak implements AutoCloseable {

	static final Path JAVA_HOME = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

	static final Path HOME = Path.of("target", "keycloak", "keycloak-26.5.6");

	static final Path REALM = Path.of("..", "deploy", "keycloak", "distribu-realm.json");

	static final String CLIENT_ID = "distribu";

	static final String CLIENT_SECRET = "distribu-local-secret";

	static final String USERNAME = "sam";

	static final String EMAIL = "sam.sso@harbor.test";

	static final String PASSWORD = "sam-sso-password";

	private final Process process;

	private final int port;

	private Keycloak(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static Keycloak start() throws IOException {
		if (!Files.isExecutable(JAVA_HOME.resolve("bin/java"))) {
			throw new IllegalStateException("Keycloak needs JDK 25 at " + JAVA_HOME + " (not found)");
		}
		if (!Files.isExecutable(HOME.resolve("bin/kc.sh"))) {
			throw new IllegalStateException("Keycloak is not unpacked at " + HOME.toAbsolutePath()
					+ "; run the build (generate-test-resources)");
		}
		// A fresh database each run: --import-realm skips a realm that already exists, so
		// edits to the realm file would otherwise be ignored.
		deleteRecursively(HOME.resolve("data/h2"));
		Path imports = HOME.resolve("data/import");
		Files.createDirectories(imports);
		Files.copy(REALM, imports.resolve("distribu-realm.json"), StandardCopyOption.REPLACE_EXISTING);
		int port = freePort();
		int management = freePort();
		ProcessBuilder builder = new ProcessBuilder("setsid", "bin/kc.sh", "start-dev", "--http-port=" + port,
				"--http-management-port=" + management, "--import-realm")
			.directory(HOME.toFile())
			.redirectErrorStream(true)
			.redirectOutput(Path.of("target", "keycloak.log").toFile());
		builder.environment().put("JAVA_HOME", JAVA_HOME.toString());
		builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
		builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-" + System.nanoTime());
		Keycloak keycloak = new Keycloak(builder.start(), port);
		try {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			HttpRequest discovery = HttpRequest
				.newBuilder(URI.create(keycloak.issuer() + "/.well-known/openid-configuration"))
				.timeout(Duration.ofSeconds(5))
				.build();
			await("Keycloak ready (see target/keycloak.log)").atMost(Duration.ofSeconds(300))
				.pollInterval(Duration.ofSeconds(1))
				.ignoreExceptions()
				.until(() -> {
					if (!keycloak.process.isAlive()) {
						throw new IllegalStateException("Keycloak exited; see target/keycloak.log");
					}
					return http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
				});
			return keycloak;
		}
		catch (RuntimeException ex) {
			keycloak.close();
			throw ex;
		}
	}

	String issuer() {
		return "http://localhost:" + this.port + "/realms/distribu";
	}

	/** Stops the whole process group (kc.sh and its JVM). */
	@Override
	public void close() {
		long group = this.process.pid();
		try {
			new ProcessBuilder("kill", "-TERM", "--", "-" + group).inheritIO().start().waitFor();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				new ProcessBuilder("kill", "-KILL", "--", "-" + group).inheritIO().start().waitFor();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (var paths = Files.walk(directory)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
