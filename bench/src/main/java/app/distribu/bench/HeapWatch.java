package app.distribu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A service's peak heap while something runs: its Prometheus endpoint
 * ({@code jvm_memory_used_bytes{area="heap"}}, summed over the pools) read every 200 ms.
 */
final class HeapWatch implements AutoCloseable {

	private final AtomicLong peak = new AtomicLong();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Thread thread;

	HeapWatch(URI serviceUrl) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(serviceUrl.resolve("/actuator/prometheus"))
			.timeout(Duration.ofSeconds(5))
			.build();
		this.thread = new Thread(() -> {
			while (this.running.get()) {
				try {
					long used = heapUsed(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
					this.peak.accumulateAndGet(used, Math::max);
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					return;
				}
				catch (Exception ex) {
					// A missed sample: the next one comes in 200 ms.
				}
			}
		}, "heap-watch");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private static long heapUsed(String metrics) {
		long used = 0;
		for (String line : metrics.split("\n")) {
			if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
				used += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return used;
	}

	long peakBytes() {
		return this.peak.get();
	}

	@Override
	public void close() {
		this.running.set(false);
		this.thread.interrupt();
	}

}
