package app.distribu.k8s;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the code expects from its environment, read from the sources so that a variable,
 * topic or consumer another change introduces is checked without editing this test:
 * {@code ${NAME}} placeholders in a module's configuration and Java sources (and in the
 * platform libraries it depends on), topic names in string literals, consumer group ids.
 */
final class CodeFacts {

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

	private static final Pattern PLATFORM_DEPENDENCY = Pattern.compile(
			"<dependency>\\s*<groupId>app\\.distribu</groupId>\\s*<artifactId>platform-([a-z-]+)</artifactId>(.*?)</dependency>",
			Pattern.DOTALL);

	/**
	 * Where the code names a topic: a listener's {@code topics}, a {@code ...TOPIC}
	 * constant, the first argument of the outbox's {@code publish}, a
	 * {@code TopicBuilder}. Not every dotted literal: {@code "distribu.events"} is a
	 * property prefix, {@code "order.created"} an event type.
	 */
	private static final Pattern TOPIC_USE = Pattern
		.compile("topics\\s*=\\s*(\\{[^}]*}|\"[^\"]*\")|String\\s+[A-Z_]*TOPIC\\s*=\\s*(\"[^\"]*\")"
				+ "|\\.publish\\(\\s*(\"[^\"]*\")|TopicBuilder\\.name\\(\\s*(\"[^\"]*\")");

	private static final Pattern LITERAL = Pattern.compile("\"([^\"]+)\"");

	private static final Pattern GROUP_ID = Pattern.compile("group-id:\\s*([a-z][a-z0-9-]*)\\s*$", Pattern.MULTILINE);

	private CodeFacts() {
	}

	/** Environment variables {@code module} reads, each with the file that reads it. */
	static TreeMap<String, Path> variables(String module) {
		TreeMap<String, Path> variables = new TreeMap<>();
		for (Path directory : moduleAndPlatform(module)) {
			for (Path file : Repository.files(directory.resolve("src/main"), ".yml", ".yaml", ".properties", ".java")) {
				Matcher matcher = VARIABLE.matcher(Kustomize.read(file));
				while (matcher.find()) {
					variables.putIfAbsent(matcher.group(1), Repository.ROOT.relativize(file));
				}
			}
		}
		return variables;
	}

	/** Topic names written in the code of every module, platform included. */
	static Set<String> topics() {
		Set<String> topics = new TreeSet<>();
		for (Path file : Repository.files(Repository.ROOT, ".java")) {
			if (file.toString().contains("/src/main/") && !file.toString().contains("/target/")) {
				Matcher uses = TOPIC_USE.matcher(Kustomize.read(file));
				while (uses.find()) {
					for (int group = 1; group <= uses.groupCount(); group++) {
						if (uses.group(group) != null) {
							Matcher literal = LITERAL.matcher(uses.group(group));
							while (literal.find()) {
								topics.add(literal.group(1));
							}
						}
					}
				}
			}
		}
		return topics;
	}

	/** The Kafka consumer group a module's application.yml names, if a fixed one. */
	static List<String> consumerGroups() {
		List<String> groups = new ArrayList<>();
		for (String module : Repository.deployables()) {
			Matcher matcher = GROUP_ID
				.matcher(Kustomize.read(Repository.ROOT.resolve(module).resolve("src/main/resources/application.yml")));
			if (matcher.find()) {
				groups.add(matcher.group(1));
			}
		}
		return groups;
	}

	/** The module and the platform libraries it runs with, transitively. */
	static Set<Path> moduleAndPlatform(String module) {
		Set<Path> directories = new LinkedHashSet<>();
		collect(Repository.ROOT.resolve(module), directories);
		return directories;
	}

	private static void collect(Path directory, Set<Path> directories) {
		if (!directories.add(directory)) {
			return;
		}
		Matcher dependencies = PLATFORM_DEPENDENCY.matcher(Kustomize.read(directory.resolve("pom.xml")));
		while (dependencies.find()) {
			if (!dependencies.group(2).contains("<scope>test</scope>")) {
				collect(Repository.ROOT.resolve("platform").resolve(dependencies.group(1)), directories);
			}
		}
	}

}
