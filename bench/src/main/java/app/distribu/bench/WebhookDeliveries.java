package app.distribu.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;

/**
 * Webhook fan-out under load: {@code endpoints} webhooks on {@code order.created}, served
 * by receivers on 127.0.0.1, one of which answers its headers and then stalls; API orders
 * placed at a fixed rate (open loop). Measures the deliveries per second the healthy
 * endpoints receive and the delay from the order's commit (the event's {@code createdAt})
 * to its arrival. Everything runs on this machine: nothing but loopback is called.
 */
final class WebhookDeliveries {

	private static final String CREATED_AT = "\"createdAt\":\"";

	private final StackApi api;

	private final int endpoints;

	private final List<String> webhookIds = new ArrayList<>();

	private final ConcurrentLinkedQueue<long[]> arrivals = new ConcurrentLinkedQueue<>();

	private final AtomicLong hanging = new AtomicLong();

	private final ExecutorService receiverThreads = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "receiver");
		thread.setDaemon(true);
		return thread;
	});

	private HttpServer receivers;

	private HttpServer hangingReceiver;

	private ApiOrders orders;

	WebhookDeliveries(StackApi api, int endpoints) {
		this.api = api;
		this.endpoints = endpoints;
	}

	void prepare() throws IOException, InterruptedException {
		this.orders = new ApiOrders(this.api);
		this.orders.prepare();
		deleteLeftovers();
		// Healthy receivers answer on the server's own thread (no hand-off); the hanging
		// one
		// has a server and threads of its own, so it cannot slow them.
		this.receivers = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1000);
		this.receivers.createContext("/", this::receive);
		this.receivers.start();
		this.hangingReceiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
		this.hangingReceiver.setExecutor(this.receiverThreads);
		this.hangingReceiver.createContext("/", this::hang);
		this.hangingReceiver.start();
		for (int i = 0; i < this.endpoints; i++) {
			HttpServer server = (i == 0) ? this.hangingReceiver : this.receivers;
			String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook-" + i;
			this.webhookIds.add(this.api
				.call("POST", "/api/v1/webhooks",
						Map.of("url", url, "events", List.of("order.created"), "description", "bench"))
				.path("id")
				.asString());
		}
	}

	/**
	 * A healthy endpoint: 204 at once; notes when the event happened and when it came.
	 */
	private void receive(HttpExchange exchange) throws IOException {
		long now = System.currentTimeMillis();
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(204, -1);
		exchange.close();
		int at = body.indexOf(CREATED_AT) + CREATED_AT.length();
		this.arrivals.add(new long[] { Instant.parse(body.substring(at, body.indexOf('"', at))).toEpochMilli(), now });
	}

	/**
	 * The hanging endpoint: headers promising a body, one byte, then nothing for a
	 * minute.
	 */
	private void hang(HttpExchange exchange) throws IOException {
		exchange.getRequestBody().readAllBytes();
		this.hanging.incrementAndGet();
		exchange.sendResponseHeaders(200, 100);
		OutputStream out = exchange.getResponseBody();
		out.write('{');
		out.flush();
		try {
			Thread.sleep(60_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		exchange.close();
	}

	/** Webhooks an interrupted run left behind would be sent to closed ports. */
	private void deleteLeftovers() throws IOException, InterruptedException {
		for (JsonNode webhook : this.api.call("GET", "/api/v1/webhooks", null).path("data")) {
			if ("bench".equals(webhook.path("description").asString())) {
				this.api.call("DELETE", "/api/v1/webhooks/" + webhook.path("id").asString(), null);
			}
		}
	}

	/**
	 * Places {@code rate} orders per second for the warm-up and the measured time, then
	 * waits a moment for the last deliveries.
	 */
	Result run(double rate, Duration warmup, Duration duration) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
		ExecutorService clients = Executors.newFixedThreadPool(32);
		AtomicLong placed = new AtomicLong();
		AtomicLong refused = new AtomicLong();
		long start = System.currentTimeMillis();
		long measuredFrom = start + warmup.toMillis();
		long measuredTo = measuredFrom + duration.toMillis();
		long periodMicros = Math.round(1_000_000 / rate);
		pacer.scheduleAtFixedRate(() -> {
			if (System.currentTimeMillis() < measuredTo) {
				clients.execute(() -> place(http, placed, refused));
			}
		}, 0, periodMicros, TimeUnit.MICROSECONDS);
		Thread.sleep(measuredTo - start);
		pacer.shutdown();
		clients.shutdown();
		clients.awaitTermination(60, TimeUnit.SECONDS);
		Thread.sleep(5_000);
		List<Long> delays = new ArrayList<>();
		long inWindow = 0;
		for (long[] arrival : this.arrivals) {
			if (arrival[1] >= measuredFrom && arrival[1] < measuredTo) {
				inWindow++;
			}
			if (arrival[0] >= measuredFrom && arrival[0] < measuredTo) {
				delays.add(arrival[1] - arrival[0]);
			}
		}
		long[] sorted = delays.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		return new Result(inWindow / (duration.toMillis() / 1000.0), percentile(sorted, 0.50), percentile(sorted, 0.95),
				percentile(sorted, 0.99), placed.get(), refused.get(), this.hanging.get(), sorted.length);
	}

	private void place(HttpClient http, AtomicLong placed, AtomicLong refused) {
		try {
			HttpResponse<Void> response = http.send(this.orders.request(), HttpResponse.BodyHandlers.discarding());
			(response.statusCode() == 201 ? placed : refused).incrementAndGet();
		}
		catch (IOException ex) {
			refused.incrementAndGet();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	void cleanUp() throws IOException, InterruptedException {
		for (String id : this.webhookIds) {
			this.api.call("DELETE", "/api/v1/webhooks/" + id, null);
		}
		this.receivers.stop(0);
		this.hangingReceiver.stop(0);
		this.receiverThreads.shutdownNow();
	}

	private static long percentile(long[] sorted, double p) {
		return (sorted.length == 0) ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	/**
	 * @param perSecond deliveries per second the healthy endpoints received in the
	 * measured time
	 * @param hangingAttempts attempts the hanging endpoint got in the whole run
	 * @param measured deliveries of events created in the measured time
	 */
	record Result(double perSecond, long p50Millis, long p95Millis, long p99Millis, long orders, long refused,
			long hangingAttempts, long measured) {

		void print(int endpoints) {
			System.out.printf(
					"webhooks to %d endpoints (1 hanging): %.0f deliveries/s to the healthy ones; order commit → delivery "
							+ "p50 %d ms, p95 %d ms, p99 %d ms (target p99 ≤ 1000 ms); %d deliveries measured, %d orders "
							+ "(%d refused), %d attempts at the hanging endpoint%n",
					endpoints, this.perSecond, this.p50Millis, this.p95Millis, this.p99Millis, this.measured,
					this.orders, this.refused, this.hangingAttempts);
		}

	}

}
