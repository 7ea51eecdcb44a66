package app.distribu.platform.events;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import app.distribu.platform.operations.TraceParent;
import app.distribu.platform.web.CorrelationId;

/**
 * Publishes committed outbox rows to Kafka in commit order, keyed by company.
 * <p>
 * One relay at a time per service: each batch runs in a transaction that first takes a
 * PostgreSQL advisory lock, so replicas take turns and a company's events never overtake
 * each other. A row is marked published only after the broker acknowledged it, so an
 * outage delays events and loses none. A record the broker can never take is parked with
 * its error (see {@link KafkaFailures}) and the rows after it go on.
 * <p>
 * The relay sleeps until a commit on this replica wakes it ({@link #wake()}), or until
 * the poll interval passes.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	/** Longer than the producer's delivery timeout, which ends every send first. */
	private static final Duration ACK_WAIT = Duration.ofSeconds(45);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

	private final JdbcClient jdbc;

	private final KafkaTemplate<String, String> kafka;

	private final TransactionTemplate transaction;

	private final OutboxSettings settings;

	private final Semaphore wakeUps = new Semaphore(0);

	private final Counter published;

	private final Timer latency;

	private volatile boolean running;

	private Thread thread;

	public OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transaction,
			OutboxSettings settings, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.kafka = kafka;
		this.transaction = transaction;
		this.settings = settings;
		this.published = Counter.builder("distribu.outbox.published")
			.description("Events relayed from the outbox to Kafka")
			.register(meters);
		this.latency = Timer.builder("distribu.outbox.publish.latency")
			.description("From the event's transaction to the broker's acknowledgement")
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofMinutes(1))
			.register(meters);
	}

	/**
	 * A transaction that wrote events committed: look now rather than at the next poll.
	 */
	public void wake() {
		this.wakeUps.release();
	}

	@Override
	public synchronized void start() {
		this.running = true;
		this.thread = new Thread(this::run, "outbox-relay");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		Thread relay;
		synchronized (this) {
			this.running = false;
			relay = this.thread;
		}
		wake();
		if (relay != null) {
			try {
				relay.join(ACK_WAIT.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void run() {
		int failures = 0;
		while (this.running) {
			try {
				Round round;
				do {
					round = relayBatch();
				}
				while (this.running && round.progressed() > 0 && !round.stalled());
				if (round.stalled()) {
					throw new IllegalStateException("Kafka did not acknowledge every outbox event");
				}
				failures = 0;
				awaitWakeUp(this.settings.pollInterval());
			}
			catch (RuntimeException ex) {
				failures++;
				log.warn("Outbox relay failed (attempt {}); will retry: {}", failures, ex.getMessage());
				pause(backoff(failures));
			}
		}
	}

	/**
	 * Sends one batch inside a transaction holding the relay lock; marks what the broker
	 * acknowledged and parks what it refused for good, even when some sends failed.
	 */
	Round relayBatch() {
		return this.transaction.execute((status) -> {
			// Blocks while another replica relays, then sees everything it left behind.
			this.jdbc
				.sql("select count(*) from (select pg_advisory_xact_lock('outbox_event'::regclass::oid::bigint)) l")
				.query(Long.class)
				.single();
			List<PendingEvent> pending = this.jdbc.sql("""
					select seq, topic, company_id, event_type, id, payload, correlation_id, occurred_at, trace_parent
					from outbox_event where published_at is null and parked_at is null
					order by seq limit ?""").param(this.settings.batchSize()).query(PendingEvent.class).list();
			return pending.isEmpty() ? new Round(0, false) : send(pending);
		});
	}

	private Round send(List<PendingEvent> pending) {
		List<CompletableFuture<?>> acks = new ArrayList<>();
		for (PendingEvent event : pending) {
			CompletableFuture<?> ack = sendOne(event);
			acks.add(ack);
			if (ack.isCompletedExceptionally() && !KafkaFailures.isPoison(failureOf(ack))) {
				// The broker is unreachable: the rest would each wait as long.
				break;
			}
		}
		awaitAll(acks);
		List<Long> sent = new ArrayList<>();
		int parkedNow = 0;
		boolean stalled = acks.size() < pending.size();
		// Wall-clock time: occurredAt is the producing transaction's time.
		Instant now = Instant.now();
		for (int i = 0; i < acks.size(); i++) {
			CompletableFuture<?> ack = acks.get(i);
			PendingEvent event = pending.get(i);
			if (ack.isDone() && !ack.isCompletedExceptionally()) {
				sent.add(event.seq());
				this.latency.record(Duration.between(event.occurredAt().toInstant(), now));
			}
			else if (ack.isDone() && KafkaFailures.isPoison(failureOf(ack))) {
				park(event, failureOf(ack));
				parkedNow++;
			}
			else {
				stalled = true;
			}
		}
		if (!sent.isEmpty()) {
			this.jdbc.sql("update outbox_event set published_at = now() where seq = any(?)")
				.param(sent.toArray(Long[]::new))
				.update();
			this.published.increment(sent.size());
		}
		return new Round(sent.size() + parkedNow, stalled);
	}

	private CompletableFuture<?> sendOne(PendingEvent event) {
		try {
			return this.kafka.send(event.toRecord());
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	private static void awaitAll(List<CompletableFuture<?>> acks) {
		try {
			CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
				.get(ACK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			// Each send's own outcome is looked at below.
		}
	}

	private void park(PendingEvent event, Throwable failure) {
		log.error("Outbox event {} ({} on {}) parked: Kafka refuses it for good: {}", event.id(), event.eventType(),
				event.topic(), KafkaFailures.describe(failure));
		this.jdbc.sql("update outbox_event set parked_at = now(), last_error = ? where seq = ?")
			.params(KafkaFailures.describe(failure), event.seq())
			.update();
	}

	private static Throwable failureOf(CompletableFuture<?> ack) {
		return ack.handle((value, failure) -> failure).getNow(null);
	}

	private void awaitWakeUp(Duration timeout) {
		try {
			this.wakeUps.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
			this.wakeUps.drainPermits();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	private void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	private Duration backoff(int failures) {
		Duration doubled = this.settings.pollInterval().multipliedBy(1L << Math.min(failures, 10));
		return (doubled.compareTo(MAX_BACKOFF) > 0) ? MAX_BACKOFF : doubled;
	}

	/**
	 * @param progressed rows that left the queue (published or parked)
	 * @param stalled some rows could not be sent now and wait for the next attempt
	 */
	record Round(int progressed, boolean stalled) {

	}

	record PendingEvent(long seq, String topic, UUID companyId, String eventType, UUID id, String payload,
			String correlationId, Timestamp occurredAt, String traceParent) {

		ProducerRecord<String, String> toRecord() {
			ProducerRecord<String, String> record = new ProducerRecord<>(this.topic, this.companyId.toString(),
					this.payload);
			record.headers().add(EventEnvelope.TYPE_HEADER, this.eventType.getBytes(StandardCharsets.UTF_8));
			record.headers().add(EventEnvelope.ID_HEADER, this.id.toString().getBytes(StandardCharsets.UTF_8));
			if (this.correlationId != null) {
				record.headers().add(CorrelationId.HEADER, this.correlationId.getBytes(StandardCharsets.UTF_8));
			}
			if (this.traceParent != null) {
				record.headers().add(TraceParent.HEADER, this.traceParent.getBytes(StandardCharsets.UTF_8));
			}
			return record;
		}

	}

}
