package app.distribu.catalog.image;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The S3 image store against a real S3-compatible server: Adobe's S3Mock, started from
 * its runnable jar (copied to target/s3mock by the build) as a separate process.
 */
class S3ImageStorageTest {

	static Process server;

	static S3ImageStorage storage;

	@BeforeAll
	static void startServer() throws IOException {
		int port = freePort();
		Path root = Files.createTempDirectory("s3mock");
		server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx192m",
				"-XX:TieredStopAtLevel=1", "-jar", Path.of("target", "s3mock", "s3mock.jar").toString(),
				"--com.adobe.testing.s3mock.httpPort=" + port, "--server.port=" + freePort(),
				"--com.adobe.testing.s3mock.store.initial-buckets=images",
				"--com.adobe.testing.s3mock.store.root=" + root)
			.redirectErrorStream(true)
			.redirectOutput(Path.of("target", "s3mock", "server.log").toFile())
			.start();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> listening(port));
		System.setProperty("aws.accessKeyId", "test");
		System.setProperty("aws.secretAccessKey", "test");
		storage = new S3ImageStorage(
				ImageStorageConfiguration.s3Client(
						new ImageProperties.S3("images", "us-east-1", URI.create("http://127.0.0.1:" + port), true)),
				"images");
	}

	@AfterAll
	static void stopServer() throws InterruptedException {
		if (server != null) {
			server.destroy();
			server.waitFor();
		}
	}

	@Test
	void storesReadsAndDeletesAnImage() throws IOException {
		byte[] png = TestImages.png(10, 10);

		storage.put("company/product/image.png", png, "image/png");
		Optional<InputStream> read = storage.get("company/product/image.png");

		assertThat(read).isPresent();
		try (InputStream in = read.get()) {
			assertThat(in.readAllBytes()).isEqualTo(png);
		}
		storage.delete("company/product/image.png");
		assertThat(storage.get("company/product/image.png")).isEmpty();
		storage.delete("company/product/never-there.png");
	}

	@Test
	void anUnknownKeyIsEmpty() {
		assertThat(storage.get("no/such/key.png")).isEmpty();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static boolean listening(int port) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
