package app.distribu.customer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server answering catalog's price overrides, order's order list and open
 * balance for a customer, in the shapes those services document, and recording who asked.
 */
public final class FakeCatalogAndOrders {

	private final HttpServer server;

	/** Authorization headers seen, to prove the viewer's token travels along. */
	public final List<String> authorizations = new CopyOnWriteArrayList<>();

	public FakeCatalogAndOrders() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/internal/customers/", (exchange) -> send(exchange, exchange.getRequestURI()
			.getPath()
			.endsWith("/balance") ? "{\"openBalance\":\"900.00\",\"unpaidOrders\":3,\"currency\":\"EUR\"}"
					: "[{\"productId\":\"p1\",\"sku\":\"WDG-001\",\"name\":\"Widget\",\"catalogPrice\":\"12.50\",\"price\":\"10.00\"}]"));
		this.server.createContext("/api/v1/orders",
				(exchange) -> send(exchange,
						"{\"data\":[{\"id\":\"o1\",\"number\":1001,\"status\":\"SHIPPED\",\"total\":\"125.00\","
								+ "\"createdAt\":\"2026-11-01T10:00:00Z\",\"currency\":\"EUR\"}],\"hasMore\":false}"));
		this.server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void send(HttpExchange exchange, String body) throws IOException {
		this.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
