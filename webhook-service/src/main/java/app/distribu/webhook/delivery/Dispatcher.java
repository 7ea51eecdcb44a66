package app.distribu.webhook.delivery;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.distribu.platform.web.CorrelationId;

/**
 * Claims due deliveries and hands each to a worker. A claim is committed before anything
 * is sent, and takes at most a few per endpoint ({@code maxInFlightPerEndpoint}), so a
 * hanging endpoint occupies only its own slots and every other endpoint keeps its turn.
 * New deliveries, finished attempts and saved outcomes (which free their endpoints'
 * slots) wake the loop at once; due retries are found by polling. On shutdown it stops
 * claiming and lets running attempts finish; a replica that dies instead leaves leases
 * that end and are claimed again elsewhere.
 */
@Component
class Dispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private static final int MAX_CLAIM = 100;

	private final DeliveryRepository deliveries;

	private final Sending sending;

	private final RecordingOutcomes recording;

	private final DeliveryProperties properties;

	private final TransactionTemplate transaction;

	private final AtomicInteger inFlight = new AtomicInteger();

	private final Object signal = new Object();

	private boolean woken;

	private volatile boolean running;

	private Thread loop;

	private ExecutorService workers;

	Dispatcher(DeliveryRepository deliveries, Sending sending, RecordingOutcomes recording,
			DeliveryProperties properties, PlatformTransactionManager transactions, MeterRegistry meters) {
		this.deliveries = deliveries;
		this.sending = sending;
		this.recording = recording;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		recording.afterSaving(this::wake);
		Gauge.builder("distribu.webhook.in_flight", this.inFlight, AtomicInteger::get)
			.description("Webhook attempts running on this replica")
			.register(meters);
	}

	/** Something may be due: claim now rather than at the next poll. */
	void wake() {
		synchronized (this.signal) {
			this.woken = true;
			this.signal.notifyAll();
		}
	}

	@Override
	public void start() {
		int size = this.properties.workers();
		AtomicInteger count = new AtomicInteger();
		this.workers = new ThreadPoolExecutor(size, size, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), (task) -> {
			Thread thread = new Thread(task, "webhook-attempt-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		((ThreadPoolExecutor) this.workers).allowCoreThreadTimeOut(true);
		this.running = true;
		this.loop = new Thread(this::run, "webhook-dispatcher");
		this.loop.setDaemon(true);
		this.loop.start();
	}

	@Override
	public void stop() {
		this.running = false;
		wake();
		try {
			this.loop.join(5_000);
			this.workers.shutdown();
			long grace = this.properties.attemptTimeout().toMillis() + 5_000;
			if (!this.workers.awaitTermination(grace, TimeUnit.MILLISECONDS)) {
				this.workers.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.workers.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stops before the web server and the database pool. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 2048;
	}

	private void run() {
		while (this.running) {
			int claimed = 0;
			int free = this.properties.workers() - this.inFlight.get();
			try {
				if (free > 0) {
					claimed = dispatch(Math.min(free, MAX_CLAIM));
				}
			}
			catch (RuntimeException ex) {
				log.warn("Claiming webhook deliveries failed; will retry: {}", ex.getMessage());
			}
			if (claimed == 0 || claimed == free) {
				pause();
			}
		}
	}

	private int dispatch(int limit) {
		List<Claimed> claimed = this.transaction.execute((status) -> this.deliveries
			.claim(this.properties.maxInFlightPerEndpoint(), limit, this.properties.lease()));
		for (Claimed delivery : claimed) {
			this.inFlight.incrementAndGet();
			this.workers.execute(() -> attempt(delivery));
		}
		return claimed.size();
	}

	private void attempt(Claimed claimed) {
		MDC.put(CorrelationId.MDC_KEY, CorrelationId.sanitize(claimed.correlationId()));
		try {
			Outcome outcome = this.sending.send(claimed);
			this.recording.record(claimed, outcome);
		}
		catch (RuntimeException ex) {
			// The lease ends and the delivery is tried again: at least once, never lost.
			log.warn("Could not save the outcome of delivery {}: {}", claimed.id(), ex.getMessage());
		}
		finally {
			MDC.remove(CorrelationId.MDC_KEY);
			this.inFlight.decrementAndGet();
			wake();
		}
	}

	private void pause() {
		synchronized (this.signal) {
			if (!this.woken && this.running) {
				try {
					this.signal.wait(this.properties.pollInterval().toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					this.running = false;
				}
			}
			this.woken = false;
		}
	}

}
