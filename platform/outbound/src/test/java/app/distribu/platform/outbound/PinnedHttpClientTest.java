package app.distribu.platform.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.distribu.platform.outbound.OutboundDecision.Allowed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Real HTTP over loopback sockets; the host names exist only in the guard's table. */
class PinnedHttpClientTest {

	static final PinnedHttpClient client = new PinnedHttpClient(16, 4);

	static final Duration DEADLINE = Duration.ofMillis(1500);

	final List<String> requests = new CopyOnWriteArrayList<>();

	RawServer server;

	@AfterEach
	void stop() throws IOException {
		if (this.server != null) {
			this.server.close();
		}
	}

	@AfterAll
	static void closeClient() throws IOException {
		client.close();
	}

	@Test
	void connectsToTheCheckedAddressWithTheHostNameInTheHostHeader() throws Exception {
		this.server = new RawServer((socket) -> answer(socket, "HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nthanks"));

		OutboundResponse response = client.post(allowed("receiver.test", this.server.port()),
				Map.of("Content-Type", "application/json", "X-Test", "1"), "{\"a\":1}".getBytes(), DEADLINE, 100);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.excerpt()).isEqualTo("thanks");
		assertThat(this.requests.get(0)).startsWith("POST /hook?x=1 HTTP/1.1")
			.containsIgnoringCase("host: receiver.test:" + this.server.port())
			.contains("X-Test: 1")
			.endsWith("{\"a\":1}");
	}

	@Test
	void getsADocumentFromTheCheckedAddressWithoutABody() throws Exception {
		this.server = new RawServer(
				(socket) -> answer(socket, "HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n{\"keys\":[]}"));

		OutboundResponse response = client.get(allowed("provider.test", this.server.port()),
				Map.of("Accept", "application/json"), DEADLINE, 100);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.excerpt()).isEqualTo("{\"keys\":[]}");
		assertThat(this.requests.get(0)).startsWith("GET /hook?x=1 HTTP/1.1")
			.containsIgnoringCase("host: provider.test:" + this.server.port())
			.contains("Accept: application/json")
			.doesNotContainIgnoringCase("content-length")
			.endsWith("\r\n\r\n");
	}

	@Test
	void aReceiverThatSendsHeadersThenStallsIsCutOffAtTheDeadline() throws Exception {
		this.server = new RawServer((socket) -> {
			answer(socket, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nfirst bytes");
			hang();
		});

		long start = System.nanoTime();
		assertThatExceptionOfType(OutboundFailure.class).isThrownBy(
				() -> client.post(allowed("receiver.test", this.server.port()), Map.of(), new byte[0], DEADLINE, 500))
			.satisfies((failure) -> {
				assertThat(failure.kind()).isEqualTo(OutboundFailure.Kind.TIMEOUT);
				assertThat(failure.getMessage()).isEqualTo("No complete response within 1500 ms.");
			});
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(DEADLINE, DEADLINE.plusSeconds(2));
	}

	@Test
	void aReceiverThatTricklesItsBodyIsCutOffAtTheDeadline() throws Exception {
		this.server = new RawServer((socket) -> {
			answer(socket, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
			for (int i = 0; i < 100; i++) {
				answer(socket, "x");
				pause(100);
			}
		});

		long start = System.nanoTime();
		assertThatExceptionOfType(OutboundFailure.class).isThrownBy(
				() -> client.post(allowed("receiver.test", this.server.port()), Map.of(), new byte[0], DEADLINE, 500))
			.satisfies((failure) -> assertThat(failure.kind()).isEqualTo(OutboundFailure.Kind.TIMEOUT));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DEADLINE.plusSeconds(2));
	}

	@Test
	void aReceiverThatNeverAnswersIsCutOffAtTheDeadline() throws Exception {
		this.server = new RawServer((socket) -> hang());

		assertThatExceptionOfType(OutboundFailure.class).isThrownBy(
				() -> client.post(allowed("receiver.test", this.server.port()), Map.of(), new byte[0], DEADLINE, 500))
			.satisfies((failure) -> assertThat(failure.kind()).isEqualTo(OutboundFailure.Kind.TIMEOUT));
	}

	@Test
	void aRedirectIsReturnedAsItIsAndNotFollowed() throws Exception {
		this.server = new RawServer((socket) -> answer(socket,
				"HTTP/1.1 302 Found\r\nLocation: http://169.254.169.254/latest\r\nContent-Length: 0\r\n\r\n"));

		OutboundResponse response = client.post(allowed("receiver.test", this.server.port()), Map.of(), new byte[0],
				DEADLINE, 100);

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).hasValue("http://169.254.169.254/latest");
		assertThat(this.requests).hasSize(1);
	}

	@Test
	void aLongBodyIsCutToTheExcerptWithoutWaitingForTheRest() throws Exception {
		this.server = new RawServer((socket) -> {
			answer(socket, "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 100000\r\n\r\n" + "e".repeat(600));
			hang();
		});

		OutboundResponse response = client.post(allowed("receiver.test", this.server.port()), Map.of(), new byte[0],
				DEADLINE, 500);

		assertThat(response.status()).isEqualTo(500);
		assertThat(response.excerpt()).hasSize(500);
		assertThat(response.elapsed()).isLessThan(DEADLINE);
	}

	@Test
	void aClosedPortIsAConnectionFailure() throws Exception {
		int port;
		try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = closed.getLocalPort();
		}

		assertThatExceptionOfType(OutboundFailure.class)
			.isThrownBy(() -> client.post(allowed("receiver.test", port), Map.of(), new byte[0], DEADLINE, 100))
			.satisfies((failure) -> {
				assertThat(failure.kind()).isEqualTo(OutboundFailure.Kind.CONNECT);
				assertThat(failure.getMessage())
					.isEqualTo("Could not connect to receiver.test:" + port + " (127.0.0.1): connection refused.");
			});
	}

	@Test
	void aReceiverThatHangsUpWithoutAnsweringIsABrokenConnectionSaidInWords() throws Exception {
		this.server = new RawServer((socket) -> {
		});

		assertThatExceptionOfType(OutboundFailure.class).isThrownBy(
				() -> client.post(allowed("receiver.test", this.server.port()), Map.of(), new byte[0], DEADLINE, 100))
			.satisfies((failure) -> {
				assertThat(failure.kind()).isEqualTo(OutboundFailure.Kind.BROKEN);
				assertThat(failure.getMessage())
					.startsWith("The connection to receiver.test:" + this.server.port() + " (127.0.0.1) failed: ")
					.endsWith(".")
					.doesNotContainIgnoringCase("null");
			});
	}

	@Test
	void reasonsAreTheMostSpecificMessageInWordsAndNeverNull() {
		assertThat(PinnedHttpClient.reason(new ConnectException(), "the connection was refused"))
			.isEqualTo("the connection was refused");
		assertThat(PinnedHttpClient.reason(new IOException("null", new SocketException()), "it broke"))
			.isEqualTo("it broke");
		assertThat(PinnedHttpClient.reason(
				new ConnectException("Connect to http://a.test:80 [a.test/127.0.0.1] failed: Connection refused"), "x"))
			.isEqualTo("connection refused");
		assertThat(PinnedHttpClient.reason(new IOException("outer", new SocketException("Connection reset")), "x"))
			.isEqualTo("connection reset");
		assertThat(PinnedHttpClient.reason(new IOException("PKIX path building failed"), "x"))
			.isEqualTo("PKIX path building failed");
	}

	private Allowed allowed(String host, int port) {
		OutboundGuard guard = new OutboundGuard(new OutboundPolicy(false, true),
				(name) -> new InetAddress[] { InetAddress.getLoopbackAddress() });
		return (Allowed) guard.check("http://" + host + ":" + port + "/hook?x=1");
	}

	private static void answer(Socket socket, String text) {
		try {
			OutputStream out = socket.getOutputStream();
			out.write(text.getBytes(StandardCharsets.UTF_8));
			out.flush();
		}
		catch (IOException ex) {
			// The client hung up: that is what several tests expect.
		}
	}

	private static void hang() {
		pause(30_000);
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A loopback HTTP server written by hand, so it can misbehave: it reads one request
	 * (headers and a Content-Length body), records it, then runs the test's behaviour.
	 */
	final class RawServer implements AutoCloseable {

		private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());

		private final Thread acceptor;

		RawServer(Consumer<Socket> behaviour) throws IOException {
			this.acceptor = new Thread(() -> {
				while (!this.socket.isClosed()) {
					try {
						Socket connection = this.socket.accept();
						Thread handler = new Thread(() -> {
							try (connection) {
								PinnedHttpClientTest.this.requests.add(readRequest(connection.getInputStream()));
								behaviour.accept(connection);
							}
							catch (IOException ex) {
								// connection dropped by the client
							}
						});
						handler.setDaemon(true);
						handler.start();
					}
					catch (IOException ex) {
						return;
					}
				}
			});
			this.acceptor.setDaemon(true);
			this.acceptor.start();
		}

		int port() {
			return this.socket.getLocalPort();
		}

		private static String readRequest(InputStream in) throws IOException {
			StringBuilder head = new StringBuilder();
			while (!head.toString().endsWith("\r\n\r\n")) {
				int b = in.read();
				if (b < 0) {
					break;
				}
				head.append((char) b);
			}
			int length = 0;
			for (String line : head.toString().split("\r\n")) {
				if (line.toLowerCase().startsWith("content-length:")) {
					length = Integer.parseInt(line.substring(15).trim());
				}
			}
			return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
		}

		@Override
		public void close() throws IOException {
			this.socket.close();
		}

	}

}
