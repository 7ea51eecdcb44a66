package app.distribu.images;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs with {@code ./mvnw -Pimages package}, after every image is built: each tarball
 * holds an image that runs the module as the non-root user on port 8080, on the pinned
 * JRE base.
 */
class ImageTarballsTest {

	static final Path ROOT = Path.of(System.getProperty("distribu.repo", "../..")).toAbsolutePath().normalize();

	static final JsonMapper JSON = JsonMapper.builder().build();

	static Stream<String> modules() {
		return Stream.of("gateway", "identity-service", "catalog-service", "customer-service", "order-service",
				"webhook-service", "billing-service");
	}

	@ParameterizedTest
	@MethodSource("modules")
	void theImageRunsTheModuleAsNonRootOnPort8080OnThePinnedBase(String module) throws IOException {
		Map<String, byte[]> image = Tar.read(ROOT.resolve(module).resolve("target").resolve(module + "-image.tar"));
		JsonNode config = config(image);

		assertThat(config.at("/config/User").asString()).isEqualTo("65532:65532");
		assertThat(config.at("/config/ExposedPorts").propertyNames()).containsExactly("8080/tcp");
		List<String> entrypoint = strings(config.at("/config/Entrypoint"));
		assertThat(entrypoint.get(0)).isEqualTo("java");
		assertThat(entrypoint).contains("-XX:MaxRAMPercentage=60", "-XX:+ExitOnOutOfMemoryError", "-cp");
		assertThat(entrypoint.get(entrypoint.size() - 1)).startsWith("app.distribu.");
		assertThat(strings(config.at("/config/Env")))
			.anyMatch((env) -> env.startsWith("JAVA_HOME=/usr/lib/jvm/java-25"))
			.contains("SERVER_PORT=8080");
		assertThat(config.at("/created").asString()).as("reproducible: no build time inside")
			.startsWith("1970-01-01T00:00");

		Map<String, byte[]> base = Tar.read(ROOT.resolve("deploy/images/target/distribu-jre-base.tar"));
		assertThat(config.at("/rootfs/diff_ids/0").asString()).as("the first layer is the pinned JRE base")
			.isEqualTo(config(base).at("/rootfs/diff_ids/0").asString());
	}

	/** The image configuration, from a Docker archive's manifest.json or an OCI index. */
	private static JsonNode config(Map<String, byte[]> archive) {
		if (archive.containsKey("manifest.json")) {
			String config = JSON.readTree(archive.get("manifest.json")).get(0).get("Config").asString();
			return JSON.readTree(archive.get(config));
		}
		JsonNode index = JSON.readTree(archive.get("index.json"));
		JsonNode manifest = JSON.readTree(archive.get(blob(index.at("/manifests/0/digest").asString())));
		return JSON.readTree(archive.get(blob(manifest.at("/config/digest").asString())));
	}

	private static String blob(String digest) {
		return "blobs/" + digest.replace(':', '/');
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	/** The small JSON entries of an uncompressed tar (layers are skipped, not kept). */
	static final class Tar {

		static Map<String, byte[]> read(Path file) throws IOException {
			assertThat(file).as("built by ./mvnw -Pimages package").isRegularFile();
			Map<String, byte[]> entries = new HashMap<>();
			try (InputStream in = Files.newInputStream(file)) {
				byte[] header = new byte[512];
				while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
					String name = new String(header, 0, 100).trim().replace("\0", "");
					long size = Long.parseLong(new String(header, 124, 12).trim().replace("\0", ""), 8);
					long padded = (size + 511) / 512 * 512;
					if (size < 1_000_000) {
						byte[] content = in.readNBytes((int) padded);
						entries.put(name.startsWith("./") ? name.substring(2) : name,
								java.util.Arrays.copyOf(content, (int) size));
					}
					else {
						in.skipNBytes(padded);
					}
				}
			}
			return entries;
		}

	}

}
