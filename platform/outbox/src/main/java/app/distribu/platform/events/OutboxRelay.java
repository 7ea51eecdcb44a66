package app.distribu.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

import app.distribu.platform.operations.TraceParent;
import app.distribu.platform.web.CorrelationId;

/**
 * Publishes committed outbox rows to Kafka in commit order. Rows are locked with
 * {@code SKIP LOCKED} so several replicas share the work; a row is marked published only
 * after the broker acknowledged it, so a broker outage delays events but loses none.
 */
public class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final KafkaTemplate<String, String> kafka;

	private final TransactionTemplate transaction;

	private final Counter published;

	public OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transaction,
			MeterRegistry meters) {
		this.jdbc = jdbc;
		this.kafka = kafka;
		this.transaction = transaction;
		this.published = Counter.builder("distribu.outbox.published")
			.description("Events relayed from the outbox to Kafka")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${distribu.outbox.poll-interval:50ms}")
	public void relay() {
		try {
			int sent;
			do {
				sent = this.transaction.execute((status) -> relayBatch());
			}
			while (sent == BATCH);
		}
		catch (RuntimeException ex) {
			log.warn("Outbox relay failed; will retry: {}", ex.getMessage());
		}
	}

	private int relayBatch() {
		List<PendingEvent> pending = this.jdbc.sql("""
				select seq, topic, company_id, event_type, id, payload, correlation_id, trace_parent
				from outbox_event where published_at is null
				order by seq limit ? for update skip locked""").param(BATCH).query(PendingEvent.class).list();
		if (pending.isEmpty()) {
			return 0;
		}
		List<CompletableFuture<?>> acks = new ArrayList<>();
		for (PendingEvent event : pending) {
			acks.add(this.kafka.send(event.toRecord()));
		}
		try {
			CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Kafka did not acknowledge outbox events", ex);
		}
		this.jdbc.sql("update outbox_event set published_at = now() where seq = any(?)")
			.param(pending.stream().map(PendingEvent::seq).toArray(Long[]::new))
			.update();
		this.published.increment(pending.size());
		return pending.size();
	}

	record PendingEvent(long seq, String topic, java.util.UUID companyId, String eventType, java.util.UUID id,
			String payload, String correlationId, String traceParent) {

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
