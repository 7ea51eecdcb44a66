package app.distribu.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.json.JsonMapper;

/**
 * The npm {@code standardwebhooks} package (the specification's reference library), run
 * by Node, installed once into {@code target/} (never committed).
 */
final class StandardWebhooksLibrary {

	static final String VERSION = "1.1.1";

	private static final Path HOME = Path.of("target", "standardwebhooks");

	private static final JsonMapper json = JsonMapper.builder().build();

	private StandardWebhooksLibrary() {
	}

	/** "verified", or "refused: " and the library's reason. */
	static synchronized String verify(String secret, Map<String, String> headers, byte[] body) throws Exception {
		install();
		Process node = new ProcessBuilder("node", "verify.js").directory(HOME.toFile())
			.redirectErrorStream(true)
			.start();
		try (OutputStream in = node.getOutputStream()) {
			in.write(json.writeValueAsBytes(
					Map.of("secret", secret, "headers", headers, "body", Base64.getEncoder().encodeToString(body))));
		}
		String out = read(node.getInputStream());
		if (!node.waitFor(30, TimeUnit.SECONDS)) {
			node.destroyForcibly();
			throw new IllegalStateException("node did not finish");
		}
		return out.strip();
	}

	private static void install() throws Exception {
		Files.createDirectories(HOME);
		try (InputStream script = StandardWebhooksLibrary.class.getResourceAsStream("/standardwebhooks/verify.js")) {
			Files.write(HOME.resolve("verify.js"), script.readAllBytes());
		}
		if (Files.exists(HOME.resolve("node_modules/standardwebhooks/package.json"))) {
			return;
		}
		Process npm = new ProcessBuilder(List.of("npm", "install", "--prefix", ".", "--no-audit", "--no-fund",
				"--no-save", "--loglevel=error", "standardwebhooks@" + VERSION))
			.directory(HOME.toFile())
			.redirectErrorStream(true)
			.start();
		String out = read(npm.getInputStream());
		if (!npm.waitFor(180, TimeUnit.SECONDS) || npm.exitValue() != 0) {
			throw new IllegalStateException("npm install standardwebhooks@" + VERSION + " failed: " + out);
		}
	}

	private static String read(InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.UTF_8);
	}

}
