package app.distribu.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

/**
 * Where an order's event goes after its commit, timed from the event's own
 * {@code createdAt} (the commit) on this machine's one clock, never by polling: a Kafka
 * consumer on {@code order.events} notes when each {@code order.created} arrives, and
 * {@code endpoints} webhooks on {@code order.created} to receivers on 127.0.0.1 note when
 * each delivery arrives. The first receiver answers its headers and then stalls, so the
 * figures also show whether one bad endpoint slows the others. Nothing but loopback is
 * called.
 */
final class EventWatch implements AutoCloseable {

	private final StackApi api;

	private final String kafka;

	private final int endpoints;

	private final List<String> webhookIds = new ArrayList<>();

	/** {createdAt, arrival} in epoch millis. */
	private final ConcurrentLinkedQueue<long[]> onKafka = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<long[]> delivered = new ConcurrentLinkedQueue<>();

	private final AtomicLong hangingAttempts = new AtomicLong();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final ExecutorService threads = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "event-watch");
		thread.setDaemon(true);
		return thread;
	});

	private HttpServer receivers;

	private HttpServer hangingReceiver;

	EventWatch(StackApi api, String kafka, int endpoints) {
		this.api = api;
		this.kafka = kafka;
		this.endpoints = endpoints;
	}

	/**
	 * Receivers, webhooks and the consumer; returns once the consumer has its partitions.
	 */
	void start() throws IOException, InterruptedException {
		deleteLeftovers();
		// Healthy receivers answer on the server's own thread (no hand-off); the hanging
		// one has a server and threads of its own, so it cannot slow them.
		this.receivers = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1000);
		this.receivers.createContext("/", this::receive);
		this.receivers.start();
		this.hangingReceiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
		this.hangingReceiver.setExecutor(this.threads);
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
		AtomicBoolean assigned = new AtomicBoolean();
		this.threads.execute(() -> consume(assigned));
		long deadline = System.currentTimeMillis() + 30_000;
		while (!assigned.get() && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		if (!assigned.get()) {
			throw new IllegalStateException("The Kafka consumer got no partitions of order.events in 30 s");
		}
	}

	private void consume(AtomicBoolean assigned) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafka);
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of("order.events"));
			while (this.running.get()) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
					long now = System.currentTimeMillis();
					JsonNode event = StackApi.JSON.readTree(record.value());
					if ("order.created".equals(event.path("type").asString())) {
						this.onKafka.add(new long[] { createdAt(event, "occurredAt"), now });
					}
				}
				if (!consumer.assignment().isEmpty()) {
					assigned.set(true);
				}
			}
		}
	}

	/** The order's commit: its {@code createdAt}, else the envelope's own time. */
	private static long createdAt(JsonNode event, String envelopeTime) {
		String order = event.path("data").path("createdAt").asString("");
		return Instant.parse(order.isEmpty() ? event.path(envelopeTime).asString() : order).toEpochMilli();
	}

	/**
	 * A healthy endpoint: 204 at once; notes when the order was created and when it came.
	 */
	private void receive(HttpExchange exchange) throws IOException {
		long now = System.currentTimeMillis();
		JsonNode body = StackApi.JSON
			.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		exchange.sendResponseHeaders(204, -1);
		exchange.close();
		this.delivered.add(new long[] { createdAt(body, "createdAt"), now });
	}

	/**
	 * The hanging endpoint: headers promising a body, one byte, then nothing for a
	 * minute.
	 */
	private void hang(HttpExchange exchange) throws IOException {
		exchange.getRequestBody().readAllBytes();
		this.hangingAttempts.incrementAndGet();
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

	/** Delays of orders created from {@code from} on (the warm-up's are left out). */
	Delays kafkaDelays(long from) {
		return Delays.of(this.onKafka, from);
	}

	Delays deliveryDelays(long from) {
		return Delays.of(this.delivered, from);
	}

	long hangingAttempts() {
		return this.hangingAttempts.get();
	}

	@Override
	public void close() throws IOException, InterruptedException {
		this.running.set(false);
		for (String id : this.webhookIds) {
			this.api.call("DELETE", "/api/v1/webhooks/" + id, null);
		}
		this.receivers.stop(0);
		this.hangingReceiver.stop(0);
		this.threads.shutdownNow();
	}

	record Delays(long count, long p50, long p95, long p99, long max) {

		static Delays of(ConcurrentLinkedQueue<long[]> arrivals, long from) {
			long[] sorted = arrivals.stream()
				.filter((arrival) -> arrival[0] >= from)
				.mapToLong((arrival) -> arrival[1] - arrival[0])
				.toArray();
			Arrays.sort(sorted);
			return new Delays(sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.95),
					percentile(sorted, 0.99), (sorted.length == 0) ? 0 : sorted[sorted.length - 1]);
		}

		private static long percentile(long[] sorted, double p) {
			return (sorted.length == 0) ? 0
					: sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
		}

		String line(String what) {
			return String.format("%s: %d events, p50 %d ms, p95 %d ms, p99 %d ms, max %d ms", what, this.count,
					this.p50, this.p95, this.p99, this.max);
		}

	}

}
