package app.distribu.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Command line: a scenario name followed by {@code --name value} pairs. */
record Options(String scenario, int clients, Duration duration, Duration warmup, URI baseUrl, String jdbcUrl,
		Path dataDir, double rate, int endpoints) {

	static Options parse(String[] args) {
		List<String> rest = new ArrayList<>(List.of(args));
		String scenario = rest.isEmpty() ? "orders" : rest.remove(0);
		int clients = 16;
		Duration duration = Duration.ofSeconds(30);
		Duration warmup = Duration.ofSeconds(10);
		URI baseUrl = URI.create("http://localhost:8080");
		String jdbcUrl = "jdbc:postgresql://localhost:15432/distribu?user=postgres";
		Path dataDir = Path.of(".data");
		double rate = 10;
		int endpoints = 100;
		for (int i = 0; i + 1 < rest.size(); i += 2) {
			String value = rest.get(i + 1);
			switch (rest.get(i)) {
				case "--clients" -> clients = Integer.parseInt(value);
				case "--seconds" -> duration = Duration.ofSeconds(Long.parseLong(value));
				case "--warmup" -> warmup = Duration.ofSeconds(Long.parseLong(value));
				case "--base-url" -> baseUrl = URI.create(value);
				case "--jdbc-url" -> jdbcUrl = value;
				case "--data" -> dataDir = Path.of(value);
				case "--rate" -> rate = Double.parseDouble(value);
				case "--endpoints" -> endpoints = Integer.parseInt(value);
				default -> throw new IllegalArgumentException("Unknown option " + rest.get(i));
			}
		}
		return new Options(scenario, clients, duration, warmup, baseUrl, jdbcUrl, dataDir, rate, endpoints);
	}

}
