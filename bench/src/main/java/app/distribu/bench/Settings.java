package app.distribu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What a benchmark run is pointed at and how long it lasts, from system properties
 * ({@code bench/run.sh gatling <name> -Dclients=16 -Dseconds=30 ...}); the defaults are
 * the local stack's.
 */
record Settings(URI baseUrl, String jdbcUrl, String kafka, Path dataDir, Duration warmup, Duration duration,
		List<Integer> clients, double rate) {

	/** Where Gatling writes its reports; summaries go beside them. */
	static final Path RESULTS = Path.of(System.getProperty("results", "bench/target/gatling"));

	static Settings fromSystemProperties() {
		Path data = Path.of(System.getProperty("data", ".data"));
		return new Settings(URI.create(System.getProperty("base-url", "http://localhost:8080")),
				System.getProperty("jdbc-url", "jdbc:postgresql://localhost:15432/distribu?user=postgres"),
				System.getProperty("kafka", "localhost:19092"), data, Duration.ofSeconds(Long.getLong("warmup", 10)),
				Duration.ofSeconds(Long.getLong("seconds", 30)),
				Arrays.stream(System.getProperty("clients", "1,4,16,32").split(","))
					.map(String::strip)
					.map(Integer::valueOf)
					.toList(),
				Double.parseDouble(System.getProperty("rate", "5")));
	}

	/**
	 * The load of a one-level benchmark: the last of {@code -Dclients}, else its own
	 * default.
	 */
	int clientsOr(int fallback) {
		return (System.getProperty("clients") == null) ? fallback : this.clients.get(this.clients.size() - 1);
	}

	String apiKey() {
		Path keyFile = this.dataDir.resolve("demo-api-key");
		if (!Files.isRegularFile(keyFile)) {
			throw new IllegalStateException(
					"No " + keyFile + ": start the local stack first (./run-local.sh) from the repository root.");
		}
		try {
			return Files.readString(keyFile).trim();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	StackApi api() {
		return new StackApi(this.baseUrl, apiKey());
	}

}
