package app.distribu.customer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server standing in for identity's {@code POST /internal/contact-links}
 * (docs/storefront-sign-in.md): it answers with a fresh link per request and records what
 * it was asked. identity's own tests prove the links work.
 */
public final class FakeIdentity {

	public static final String SECRET = "test-contact-links-secret";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpServer server;

	/** Requests that carried the right secret, with the URL each was answered with. */
	public final List<Issued> issued = new CopyOnWriteArrayList<>();

	/** Set to make identity answer 503, as when it is down. */
	public volatile boolean down;

	public FakeIdentity() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/internal/contact-links", this::issue);
		this.server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public List<Issued> issuedTo(String email) {
		return this.issued.stream().filter((link) -> link.request().path("email").asString().equals(email)).toList();
	}

	private void issue(HttpExchange exchange) throws IOException {
		if (this.down) {
			send(exchange, 503, "{\"status\":503}");
			return;
		}
		if (!SECRET.equals(exchange.getRequestHeaders().getFirst("X-Distribu-Service-Secret"))) {
			send(exchange, 401, "{\"status\":401}");
			return;
		}
		JsonNode request = json.readTree(exchange.getRequestBody().readAllBytes());
		boolean invite = "INVITE".equals(request.path("purpose").asString());
		String url = "http://localhost:8080/store/any/signin/" + UUID.randomUUID();
		Instant expiresAt = Instant.now().plus(invite ? Duration.ofDays(7) : Duration.ofMinutes(30));
		this.issued.add(new Issued(request, url));
		send(exchange, 200, "{\"url\":\"" + url + "\",\"expiresAt\":\"" + expiresAt + "\"}");
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	public record Issued(JsonNode request, String url) {

	}

}
