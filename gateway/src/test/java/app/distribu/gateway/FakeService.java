package app.distribu.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for a downstream service: it answers its readiness
 * probe, echoes the Authorization header it received, and (for identity) exchanges keys.
 */
class FakeService {

	static final UUID COMPANY = UUID.randomUUID();

	private final HttpServer server;

	private final Set<String> validKeys = ConcurrentHashMap.newKeySet();

	private final java.util.Map<String, UUID> keyIds = new ConcurrentHashMap<>();

	private final java.util.Map<String, Integer> rates = new ConcurrentHashMap<>();

	private final java.util.Map<String, AtomicInteger> forwarded = new ConcurrentHashMap<>();

	final AtomicInteger exchanges = new AtomicInteger();

	/** Sign-in form posts that reached this service. */
	final AtomicInteger signInPosts = new AtomicInteger();

	/** While set, identity holds each key exchange until the latch opens. */
	volatile CountDownLatch exchangeGate;

	/** Session versions identity answers at /internal/sessions/{subject} (absent: 0). */
	final java.util.Map<UUID, Integer> sessionVersions = new ConcurrentHashMap<>();

	final AtomicInteger sessionLookups = new AtomicInteger();

	volatile boolean sessionsAnswer = true;

	volatile boolean ready = true;

	/** Verified custom domains (host → slug) that identity knows. */
	final java.util.Map<String, String> storeDomains = new ConcurrentHashMap<>();

	/** What this service answers at /internal/openapi; null: 404. */
	volatile String apiDescription;

	FakeService() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	UUID allow(String key) {
		return allow(key, null);
	}

	/** A key whose exchange answer carries the plan's rate limit (null: none). */
	UUID allow(String key, Integer requestsPerMinute) {
		UUID id = UUID.randomUUID();
		this.validKeys.add(key);
		this.keyIds.put(key, id);
		if (requestsPerMinute != null) {
			this.rates.put(key, requestsPerMinute);
		}
		return id;
	}

	/**
	 * How many requests reached this service with the token exchanged for that key id.
	 */
	int requestsFromKey(UUID keyId) {
		return this.forwarded.getOrDefault("Bearer jwt-for-" + keyId, new AtomicInteger()).get();
	}

	void revoke(String key) {
		this.validKeys.remove(key);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		if (path.equals("/actuator/health/readiness")) {
			respond(exchange, this.ready ? 200 : 503, "application/json",
					"{\"status\":\"" + (this.ready ? "UP" : "OUT_OF_SERVICE") + "\"}");
		}
		else if (path.startsWith("/internal/sessions/")) {
			this.sessionLookups.incrementAndGet();
			UUID subject = UUID.fromString(path.substring("/internal/sessions/".length()));
			if (this.sessionsAnswer) {
				respond(exchange, 200, "application/json", "{\"subject\":\"" + subject + "\",\"version\":"
						+ this.sessionVersions.getOrDefault(subject, 0) + "}");
			}
			else {
				respond(exchange, 503, "text/plain", "down");
			}
		}
		else if (path.equals("/internal/openapi")) {
			if (this.apiDescription == null) {
				respond(exchange, 404, "text/plain", "none");
			}
			else {
				respond(exchange, 200, "application/json", this.apiDescription);
			}
		}
		else if (path.startsWith("/internal/store-domains/")) {
			String slug = this.storeDomains.get(path.substring("/internal/store-domains/".length()));
			respond(exchange, (slug != null) ? 200 : 404, "application/json",
					(slug != null) ? "{\"host\":\"x\",\"slug\":\"" + slug + "\"}" : "{}");
		}
		else if (path.equals("/internal/api-keys/exchange")) {
			this.exchanges.incrementAndGet();
			CountDownLatch gate = this.exchangeGate;
			if (gate != null) {
				try {
					gate.await(20, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String key = body.replaceAll(".*\"key\"\\s*:\\s*\"([^\"]*)\".*", "$1");
			if (this.validKeys.contains(key)) {
				respond(exchange, 200, "application/json",
						"{\"token\":\"jwt-for-" + this.keyIds.get(key) + "\",\"expiresAt\":\""
								+ Instant.now().plusSeconds(300) + "\",\"apiKeyId\":\"" + this.keyIds.get(key)
								+ "\",\"companyId\":\"" + COMPANY + "\",\"requestsPerMinute\":" + this.rates.get(key)
								+ "}");
			}
			else {
				respond(exchange, 401, "application/problem+json",
						"{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401}");
			}
		}
		else {
			if ("POST".equals(exchange.getRequestMethod()) && path.endsWith("/login")) {
				this.signInPosts.incrementAndGet();
			}
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			if (authorization != null) {
				this.forwarded.computeIfAbsent(authorization, (any) -> new AtomicInteger()).incrementAndGet();
			}
			String correlation = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
			String cookie = String.join("; ", exchange.getRequestHeaders().getOrDefault("Cookie", java.util.List.of()));
			if (path.endsWith("/signin/token")) {
				String store = path.substring(0, path.indexOf("/signin/"));
				exchange.getResponseHeaders()
					.add("Set-Cookie", "DISTRIBU_STORE_SESSION=s; Path=" + store + "; HttpOnly; SameSite=Lax");
			}
			int bodyBytes = exchange.getRequestBody().readAllBytes().length;
			respond(exchange, 200, "text/plain", "path=" + path + "\nauthorization=" + authorization + "\ncorrelation="
					+ correlation + "\ncookie=" + cookie + "\nbody-bytes=" + bodyBytes);
		}
	}

	private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
