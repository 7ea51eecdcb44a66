package app.distribu.local;

import java.nio.file.Path;

/**
 * The repository and test ports the system tests run on (failsafe passes the repo root).
 */
final class TestStacks {

	private TestStacks() {
	}

	static StackConfig config(Path dataDir) {
		Path repo = Path.of(System.getProperty("distribu.repo", "../..")).toAbsolutePath().normalize();
		return StackConfig.forTests(repo, dataDir);
	}

}
