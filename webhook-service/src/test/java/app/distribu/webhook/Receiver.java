package app.distribu.webhook;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/** A partner's endpoint: {@code /ok} answers 200, {@code /fail} answers 500. */
final class Receiver implements AutoCloseable {

	record Received(String path, Headers headers, byte[] body) {

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

	final List<Received> received = new CopyOnWriteArrayList<>();

	private final HttpServer server;

	Receiver() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/ok", (exchange) -> {
			this.received
				.add(new Received("/ok", exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes()));
			reply(exchange, 200, "thanks");
		});
		this.server.createContext("/fail", (exchange) -> {
			this.received
				.add(new Received("/fail", exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes()));
			reply(exchange, 500, "boom: database unavailable");
		});
		this.server.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String text)
			throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
