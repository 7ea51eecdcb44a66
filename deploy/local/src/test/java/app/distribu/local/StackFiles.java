package app.distribu.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What the system tests do with a stopped stack's files: keep its logs for whoever reads
 * a failure, and remove its temporary folder.
 */
final class StackFiles {

	private StackFiles() {
	}

	/** The services' logs outlive the temporary stack, under target/stack-logs/{name}. */
	static void keepLogs(StackConfig config, String name) throws IOException {
		Path kept = Path.of("target", "stack-logs", name);
		Files.createDirectories(kept);
		try (Stream<Path> logs = Files.list(config.logs())) {
			for (Path log : logs.toList()) {
				Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	static void delete(Path folder) throws IOException {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

}
