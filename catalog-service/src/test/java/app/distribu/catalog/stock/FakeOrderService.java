package app.distribu.catalog.stock;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for order-service's {@code /internal/order-outcomes} as
 * docs/order-service.md describes it: ids in {@link #committed} are COMMITTED, any other
 * id is settled ABANDONED for good; while {@link #down}, it answers 503.
 */
final class FakeOrderService implements AutoCloseable {

	static final String SECRET = "test-order-outcomes-secret";

	final Set<UUID> committed = ConcurrentHashMap.newKeySet();

	final Set<UUID> abandoned = ConcurrentHashMap.newKeySet();

	final List<UUID> asked = new CopyOnWriteArrayList<>();

	volatile boolean down;

	private final HttpServer server;

	FakeOrderService() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/internal/order-outcomes/", this::outcome);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void outcome(HttpExchange exchange) throws IOException {
		if (this.down) {
			send(exchange, 503, "{\"status\":503}");
			return;
		}
		if (!SECRET.equals(exchange.getRequestHeaders().getFirst("X-Distribu-Service-Secret"))) {
			send(exchange, 401, "{\"status\":401}");
			return;
		}
		UUID orderId = UUID
			.fromString(exchange.getRequestURI().getPath().substring("/internal/order-outcomes/".length()));
		this.asked.add(orderId);
		String outcome;
		synchronized (this) {
			outcome = (this.committed.contains(orderId) && !this.abandoned.contains(orderId)) ? "COMMITTED"
					: "ABANDONED";
			if (outcome.equals("ABANDONED")) {
				this.abandoned.add(orderId);
			}
		}
		send(exchange, 200, "{\"orderId\":\"" + orderId + "\",\"outcome\":\"" + outcome + "\"}");
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
