package app.distribu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What a simulation measured outside Gatling (ceilings, stock conservation, event
 * delays), written beside Gatling's reports for {@link Report} to join with Gatling's own
 * statistics: lines to print as they are, and figures by name
 * ({@code ceiling.<form>.<request>} is the raw rate a request's rate is compared with,
 * {@code p99-baseline.<request>} the request whose p99 it is compared with).
 */
final class RunSummary {

	private final String simulation;

	private final List<String> lines = new ArrayList<>();

	private final Properties figures = new Properties();

	RunSummary(String simulation) {
		this.simulation = simulation;
	}

	void line(String line) {
		System.out.println(line);
		this.lines.add(line);
	}

	void figure(String name, double value) {
		this.figures.setProperty(name, Double.toString(value));
	}

	/** Stock conservation of a run's products ({@link StockLedger}), as a line. */
	void stockConservation(String jdbcUrl, List<String> skus, long startEach) {
		try {
			line(new StockLedger(jdbcUrl).check(skus, startEach));
		}
		catch (SQLException ex) {
			line("stock conservation: not checked (" + ex + ")");
		}
	}

	/** Asks {@link Report} for the ratio of one request's p99 to another's. */
	void compareP99(String request, String baseline) {
		this.figures.setProperty("p99-baseline." + request, baseline);
	}

	void write() {
		try {
			Files.createDirectories(Settings.RESULTS);
			Files.write(linesFile(this.simulation), this.lines);
			try (var out = Files.newBufferedWriter(figuresFile(this.simulation))) {
				this.figures.store(out, "figures of " + this.simulation);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path linesFile(String simulation) {
		return Settings.RESULTS.resolve(simulation + "-summary.txt");
	}

	static Path figuresFile(String simulation) {
		return Settings.RESULTS.resolve(simulation + "-figures.properties");
	}

}
