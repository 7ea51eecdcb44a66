package app.distribu.webhook;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.awaitility.Awaitility;

/**
 * Partners' endpoints on 127.0.0.1: each path behaves as the test says (200 by default)
 * and every request is recorded with the time it arrived.
 */
public final class Receiver implements AutoCloseable {

	public record Received(String path, Headers headers, byte[] body, Instant at) {

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		public String header(String name) {
			return this.headers.getFirst(name);
		}

	}

	/** How a path answers its n-th request (1-based). */
	@FunctionalInterface
	public interface Behaviour {

		void answer(HttpExchange exchange, int n) throws IOException;

	}

	public final List<Received> received = new CopyOnWriteArrayList<>();

	private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	private final ExecutorService threads = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "receiver");
		thread.setDaemon(true);
		return thread;
	});

	private final HttpServer server;

	public Receiver() throws IOException {
		this(0);
	}

	/** On a given port, e.g. one that was closed while deliveries failed. */
	public Receiver(int port) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 100);
		this.server.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			this.received.add(new Received(path, exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes(),
					Instant.now()));
			int n = this.counts.computeIfAbsent(path, (key) -> new AtomicInteger()).incrementAndGet();
			try {
				this.behaviours.getOrDefault(path, ok()).answer(exchange, n);
			}
			finally {
				exchange.close();
			}
		});
		this.server.setExecutor(this.threads);
		this.server.start();
	}

	public Receiver on(String path, Behaviour behaviour) {
		this.behaviours.put(path, behaviour);
		return this;
	}

	public String url(String path) {
		return "http://127.0.0.1:" + port() + path;
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	public List<Received> to(String path) {
		return this.received.stream().filter((r) -> r.path().equals(path)).toList();
	}

	/** The first request to the path whose body mentions the text, waiting up to 30 s. */
	public Received await(String path, String mentioning) {
		return awaitAll(path, (r) -> r.text().contains(mentioning), 1).get(0);
	}

	public List<Received> awaitAll(String path, Predicate<Received> matching, int count) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> to(path).stream().filter(matching).toList(), (found) -> found.size() >= count);
	}

	public static Behaviour ok() {
		return status(200, "thanks");
	}

	public static Behaviour status(int code, String text) {
		return (exchange, n) -> reply(exchange, code, text);
	}

	/** {@code code} for the first {@code times} requests, then 200. */
	public static Behaviour failing(int times, int code) {
		return (exchange, n) -> reply(exchange, (n <= times) ? code : 200, (n <= times) ? "not yet" : "thanks");
	}

	public static Behaviour withHeader(int code, String header, String value) {
		return (exchange, n) -> {
			exchange.getResponseHeaders().set(header, value);
			reply(exchange, code, "see header");
		};
	}

	/** Sends the status line and headers promising a body, then stalls. */
	public static Behaviour headersThenStall() {
		return (exchange, n) -> {
			exchange.sendResponseHeaders(200, 1000);
			OutputStream out = exchange.getResponseBody();
			out.write("{\"received\":".getBytes(StandardCharsets.UTF_8));
			out.flush();
			pause(Duration.ofSeconds(60));
		};
	}

	public static void reply(HttpExchange exchange, int status, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	public static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

}
