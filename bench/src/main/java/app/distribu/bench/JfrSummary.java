package app.distribu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU goes, from the recordings {@link Profiler} took: per service, the share
 * of Java execution samples whose stack passes through each library (a sample counts once
 * per library, so shares overlap), the hottest methods by own time, and our own methods
 * that most samples pass through. Prints markdown and writes it to
 * {@code <jfr dir>/summary.md}: {@code JfrSummary <jfr dir>}.
 */
final class JfrSummary {

	/** Library by package prefix, in the order they are listed. */
	private static final Map<String, List<String>> LIBRARIES = new LinkedHashMap<>();

	static {
		LIBRARIES.put("our code (app.distribu)", List.of("app.distribu."));
		LIBRARIES.put("Tomcat + servlet filters", List.of("org.apache.catalina.", "org.apache.coyote.",
				"org.apache.tomcat.", "org.springframework.web.filter."));
		LIBRARIES.put("Spring MVC", List.of("org.springframework.web.servlet.", "org.springframework.web.method."));
		LIBRARIES.put("Spring Security", List.of("org.springframework.security."));
		LIBRARIES.put("JWT + crypto", List.of("com.nimbusds.", "javax.crypto.", "sun.security.", "com.sun.crypto."));
		LIBRARIES.put("JDBC driver", List.of("org.postgresql."));
		LIBRARIES.put("jOOQ", List.of("org.jooq."));
		LIBRARIES.put("HikariCP", List.of("com.zaxxer.hikari."));
		LIBRARIES.put("transactions", List.of("org.springframework.transaction.", "org.springframework.jdbc."));
		LIBRARIES.put("Kafka client", List.of("org.apache.kafka.", "org.springframework.kafka."));
		LIBRARIES.put("JSON (Jackson)", List.of("tools.jackson.", "com.fasterxml.jackson."));
		LIBRARIES.put("Thymeleaf", List.of("org.thymeleaf."));
		LIBRARIES.put("outbound HTTP", List.of("org.springframework.web.client.", "org.springframework.http.client.",
				"jdk.internal.net.http.", "org.apache.hc.", "reactor.netty.http.client."));
		LIBRARIES.put("Netty + Reactor", List.of("io.netty.", "reactor."));
		LIBRARIES.put("Spring Cloud Gateway", List.of("org.springframework.cloud.gateway."));
		LIBRARIES.put("tracing", List.of("io.opentelemetry.", "io.micrometer.tracing."));
		LIBRARIES.put("metrics", List.of("io.micrometer.core.", "io.micrometer.observation."));
		LIBRARIES.put("logging", List.of("ch.qos.logback.", "org.slf4j.", "org.apache.logging."));
		LIBRARIES.put("validation", List.of("org.hibernate.validator."));
	}

	private JfrSummary() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args[0]);
		List<String> out = new ArrayList<>();
		List<Path> recordings;
		try (Stream<Path> files = Files.list(dir)) {
			recordings = files.filter((file) -> file.toString().endsWith(".jfr")).sorted().toList();
		}
		for (Path recording : recordings) {
			summarise(recording, out);
		}
		out.forEach(System.out::println);
		Files.write(dir.resolve("summary.md"), out);
	}

	private static void summarise(Path recording, List<String> out) throws IOException {
		Map<String, Integer> libraries = new HashMap<>();
		Map<String, Integer> own = new HashMap<>();
		Map<String, Integer> selfMethods = new HashMap<>();
		Map<String, Integer> ourMethods = new HashMap<>();
		int samples = 0;
		try (RecordingFile file = new RecordingFile(recording)) {
			while (file.hasMoreEvents()) {
				RecordedEvent event = file.readEvent();
				if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
					continue;
				}
				samples++;
				List<RecordedFrame> frames = event.getStackTrace().getFrames();
				if (!frames.isEmpty()) {
					selfMethods.merge(name(frames.get(0)), 1, Integer::sum);
				}
				own.merge(owner(frames), 1, Integer::sum);
				Set<String> seenLibraries = new HashSet<>();
				Set<String> seenOurs = new HashSet<>();
				for (RecordedFrame frame : frames) {
					String type = frame.getMethod().getType().getName();
					LIBRARIES.forEach((library, prefixes) -> {
						if (prefixes.stream().anyMatch(type::startsWith)) {
							seenLibraries.add(library);
						}
					});
					if (type.startsWith("app.distribu.")) {
						seenOurs.add(name(frame));
					}
				}
				seenLibraries.forEach((library) -> libraries.merge(library, 1, Integer::sum));
				seenOurs.forEach((method) -> ourMethods.merge(method, 1, Integer::sum));
			}
		}
		String service = recording.getFileName().toString().replace(".jfr", "");
		out.add("### " + service + " (" + samples + " samples)");
		out.add("");
		int total = Math.max(samples, 1);
		out.add("| own time: the first caller outside the JDK | share |");
		out.add("| --- | --- |");
		top(own, 12).forEach((name, count) -> out.add(String.format("| %s | %.0f %% |", name, 100.0 * count / total)));
		out.add("");
		out.add("| stack passes through | share of samples |");
		out.add("| --- | --- |");
		top(libraries, 20)
			.forEach((name, count) -> out.add(String.format("| %s | %.0f %% |", name, 100.0 * count / total)));
		out.add("");
		out.add("Hottest methods (own time): " + format(top(selfMethods, 8), total));
		out.add("");
		out.add("Our methods most samples pass through: " + format(top(ourMethods, 8), total));
		out.add("");
	}

	/**
	 * Who the sample's own time belongs to: the library of the topmost frame outside the
	 * JDK (a HashMap lookup belongs to whoever called it), else "JDK".
	 */
	private static String owner(List<RecordedFrame> frames) {
		for (RecordedFrame frame : frames) {
			String type = frame.getMethod().getType().getName();
			if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")
					|| type.startsWith("com.sun.")) {
				continue;
			}
			for (Map.Entry<String, List<String>> library : LIBRARIES.entrySet()) {
				if (library.getValue().stream().anyMatch(type::startsWith)) {
					return library.getKey();
				}
			}
			String[] parts = type.split("\\.");
			return "other: " + ((parts.length > 2) ? parts[0] + "." + parts[1] + "." + parts[2] : type);
		}
		return "JDK";
	}

	private static String name(RecordedFrame frame) {
		String type = frame.getMethod().getType().getName();
		return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
	}

	private static Map<String, Integer> top(Map<String, Integer> counts, int n) {
		Map<String, Integer> top = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(n)
			.forEach((entry) -> top.put(entry.getKey(), entry.getValue()));
		return top;
	}

	private static String format(Map<String, Integer> counts, int total) {
		List<String> parts = new ArrayList<>();
		counts.forEach((name, count) -> parts.add(String.format("`%s` %.0f %%", name, 100.0 * count / total)));
		return String.join(", ", parts);
	}

}
