package app.distribu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Joins a finished run's Gatling statistics (the newest report of a simulation) with what
 * the simulation measured itself ({@link RunSummary}): per request the rate in the
 * measured time, errors and percentiles, and its ratio to each same-run ceiling. Prints
 * it and writes {@code summary.md} into the report's folder. Run by {@code bench/run.sh}
 * after Gatling: {@code Report <simulation name> <report folder prefix>}.
 */
final class Report {

	/**
	 * One row of the report's statistics table: its name, then Total, OK, KO, % KO,
	 * Cnt/s, Min, 50th, 75th, 95th, 99th percentiles, Max, Mean, Std Dev.
	 */
	private static final Pattern ROW = Pattern.compile("class=\"ellipsed-name\">([^<]+)</span>(.*?)</tr>",
			Pattern.DOTALL);

	private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-\\d+\">([^<]*)</td>");

	private Report() {
	}

	public static void main(String[] args) throws IOException {
		String simulation = args[0];
		Path report = newest(args[1]);
		Properties figures = new Properties();
		if (Files.exists(RunSummary.figuresFile(simulation))) {
			try (var in = Files.newBufferedReader(RunSummary.figuresFile(simulation))) {
				figures.load(in);
			}
		}
		List<String> out = new ArrayList<>();
		List<String> cpu = new ArrayList<>();
		out.add("# " + simulation + " (" + report.getFileName() + ")");
		out.add("");
		out.add("| request | OK/s | OK | errors | p50 ms | p95 ms | p99 ms | max ms | ratio to ceiling |");
		out.add("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
		Map<String, String[]> rows = rows(Files.readString(report.resolve("index.html")));
		for (Map.Entry<String, String[]> row : rows.entrySet()) {
			String name = row.getKey();
			if (name.startsWith("warm-up") || name.equals("All Requests")) {
				continue;
			}
			String[] cells = row.getValue();
			double seconds = Double
				.parseDouble(figures.getProperty("seconds." + name, figures.getProperty("seconds", "0")));
			double ok = Double.parseDouble(cells[1]);
			String rate = (seconds > 0) ? String.format("%.1f", ok / seconds) : "";
			List<String> ratios = new ArrayList<>();
			for (String key : figures.stringPropertyNames().stream().sorted().toList()) {
				if (key.startsWith("ceiling.") && key.endsWith("." + name) && seconds > 0) {
					double ceiling = Double.parseDouble(figures.getProperty(key));
					String form = key.substring("ceiling.".length(), key.length() - name.length() - 1);
					ratios.add(String.format("%.3f of raw %s %.0f/s", ok / seconds / ceiling, form, ceiling));
				}
			}
			out.add(String.format("| %s | %s | %s | %s | %s | %s | %s | %s | %s |", name, rate, cells[1], cells[2],
					cells[6], cells[8], cells[9], cells[10], String.join("; ", ratios)));
			if (figures.containsKey("cpu.wall." + name) && ok > 0) {
				cpu.add(cpuPerRequest(figures, name, ok / seconds));
			}
		}
		out.add("");
		out.addAll(cpu);
		for (String key : figures.stringPropertyNames().stream().sorted().toList()) {
			String request = key.substring(key.indexOf('.') + 1);
			String baseline = figures.getProperty(key);
			if (key.startsWith("p99-baseline.") && rows.containsKey(request) && rows.containsKey(baseline)) {
				out.add(String.format("p99 of \"%s\" / p99 of \"%s\": %.2f", request, baseline,
						Double.parseDouble(rows.get(request)[9]) / Double.parseDouble(rows.get(baseline)[9])));
			}
		}
		if (Files.exists(RunSummary.linesFile(simulation))) {
			Files.readAllLines(RunSummary.linesFile(simulation)).forEach((line) -> out.add("    " + line));
		}
		out.add("");
		out.add("Report with plots: " + report.toAbsolutePath().resolve("index.html"));
		out.forEach(System.out::println);
		Files.write(report.resolve("summary.md"), out);
		Files.write(Settings.RESULTS.resolve(simulation + "-summary.md"), out);
	}

	/**
	 * CPU milliseconds each process spent per request over the profiled window, from its
	 * CPU time ({@link Profiler}) and the request rate.
	 */
	private static String cpuPerRequest(Properties figures, String name, double perSecond) {
		double requests = perSecond * Double.parseDouble(figures.getProperty("cpu.wall." + name));
		List<String> parts = new ArrayList<>();
		double total = 0;
		for (String key : figures.stringPropertyNames().stream().sorted().toList()) {
			if (key.startsWith("cpu.") && key.endsWith("." + name) && !key.startsWith("cpu.wall.")) {
				double ms = Double.parseDouble(figures.getProperty(key)) * 1000 / requests;
				total += ms;
				parts.add(String.format("%s %.1f", key.substring(4, key.length() - name.length() - 1), ms));
			}
		}
		return String.format("CPU ms per request at \"%s\" (profiled): %s; services total %.1f ms", name,
				String.join(", ", parts), total);
	}

	private static Path newest(String prefix) throws IOException {
		try (Stream<Path> reports = Files.list(Settings.RESULTS)) {
			return reports.filter((dir) -> dir.getFileName().toString().startsWith(prefix + "-"))
				.filter(Files::isDirectory)
				.max(Comparator.comparing((dir) -> dir.getFileName().toString()))
				.orElseThrow(() -> new IllegalStateException(
						"No Gatling report " + prefix + "-* in " + Settings.RESULTS.toAbsolutePath()));
		}
	}

	private static Map<String, String[]> rows(String html) {
		Map<String, String[]> rows = new LinkedHashMap<>();
		Matcher row = ROW.matcher(html);
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = CELL.matcher(row.group(2));
			while (cell.find()) {
				cells.add(cell.group(1).strip());
			}
			if (cells.size() >= 11) {
				rows.putIfAbsent(row.group(1), cells.toArray(String[]::new));
			}
		}
		return rows;
	}

}
