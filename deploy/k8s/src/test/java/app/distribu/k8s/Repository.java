package app.distribu.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Where the checks find the code and the manifests (surefire passes the root). */
final class Repository {

	static final Path ROOT = Path.of(System.getProperty("distribu.repo", "../..")).toAbsolutePath().normalize();

	static final Path K8S = ROOT.resolve("deploy/k8s");

	static final List<String> OVERLAYS = List.of("dev", "production");

	private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

	private Repository() {
	}

	/** The deployable modules: every reactor module with an application.yml. */
	static List<String> deployables() {
		List<String> modules = new ArrayList<>();
		Matcher matcher = MODULE.matcher(Kustomize.read(ROOT.resolve("pom.xml")));
		while (matcher.find()) {
			String module = matcher.group(1);
			if (Files.isRegularFile(ROOT.resolve(module).resolve("src/main/resources/application.yml"))) {
				modules.add(module);
			}
		}
		return modules;
	}

	/**
	 * Every file below {@code directory} whose name ends with one of {@code suffixes}.
	 */
	static List<Path> files(Path directory, String... suffixes) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			return paths.filter(Files::isRegularFile)
				.filter((path) -> Stream.of(suffixes).anyMatch((suffix) -> path.toString().endsWith(suffix)))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
