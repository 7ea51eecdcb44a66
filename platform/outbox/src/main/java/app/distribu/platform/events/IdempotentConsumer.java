package app.distribu.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;

import app.distribu.platform.web.CorrelationId;

/**
 * Applies an event at most once per consumer: the event id is recorded in
 * {@code processed_event} in the same transaction as the consumer's change, so a
 * redelivery (at-least-once on the wire) has no second effect.
 */
public class IdempotentConsumer {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	public IdempotentConsumer(JdbcClient jdbc, JsonMapper json, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.json = json;
		this.transaction = transaction;
	}

	public EventEnvelope parse(String payload) {
		return this.json.readValue(payload, EventEnvelope.class);
	}

	/**
	 * Runs {@code handler} in a transaction unless {@code consumer} already processed
	 * this event. Returns whether the handler ran.
	 */
	public boolean handle(String consumer, String payload, Consumer<EventEnvelope> handler) {
		EventEnvelope event = parse(payload);
		Boolean ran = this.transaction.execute((status) -> {
			int inserted = this.jdbc
				.sql("insert into processed_event (consumer, event_id) values (?, ?) on conflict do nothing")
				.params(consumer, event.id())
				.update();
			if (inserted == 0) {
				return false;
			}
			handler.accept(event);
			return true;
		});
		return Boolean.TRUE.equals(ran);
	}

	/**
	 * Applies a poll's records in order, each at most once, in one transaction with one
	 * statement recording their ids: under load a poll holds many events, and one commit
	 * for all of them is most of the saving. If any of them fails the whole transaction
	 * rolls back and the records are applied one transaction each, so those before the
	 * failing one are kept and the failing one is reported by its index
	 * ({@link BatchListenerFailedException}) to the error handling, which retries or
	 * dead-letters it alone and goes on with the rest. A record that is not an envelope
	 * ends the batch before it, the same way.
	 */
	public void handleAll(String consumer, List<ConsumerRecord<String, String>> records,
			Consumer<EventEnvelope> handler) {
		List<EventEnvelope> events = new ArrayList<>(records.size());
		JacksonException unreadable = null;
		for (ConsumerRecord<String, String> record : records) {
			try {
				events.add(parse(record.value()));
			}
			catch (JacksonException ex) {
				unreadable = ex;
				break;
			}
		}
		List<ConsumerRecord<String, String>> readable = records.subList(0, events.size());
		try {
			this.transaction.executeWithoutResult((status) -> applyAll(consumer, readable, events, handler));
		}
		catch (RuntimeException ex) {
			oneByOne(consumer, readable, handler);
		}
		if (unreadable != null) {
			throw new BatchListenerFailedException("Not an event envelope", unreadable, events.size());
		}
	}

	private void applyAll(String consumer, List<ConsumerRecord<String, String>> records, List<EventEnvelope> events,
			Consumer<EventEnvelope> handler) {
		Set<UUID> fresh = new HashSet<>(this.jdbc.sql("""
				insert into processed_event (consumer, event_id)
				select ?, id from unnest(?::uuid[]) as id
				on conflict do nothing
				returning event_id""")
			.params(consumer, events.stream().map(EventEnvelope::id).toArray(UUID[]::new))
			.query(UUID.class)
			.list());
		for (int i = 0; i < events.size(); i++) {
			EventEnvelope event = events.get(i);
			// A poll may hold the same event twice (a producer's retry): the first
			// applies.
			if (fresh.remove(event.id())) {
				withCorrelationId(records.get(i), () -> handler.accept(event));
			}
		}
	}

	private void oneByOne(String consumer, List<ConsumerRecord<String, String>> records,
			Consumer<EventEnvelope> handler) {
		for (int i = 0; i < records.size(); i++) {
			ConsumerRecord<String, String> record = records.get(i);
			try {
				withCorrelationId(record, () -> handle(consumer, record.value(), handler));
			}
			catch (RuntimeException ex) {
				throw new BatchListenerFailedException(KafkaFailures.describe(ex), ex, i);
			}
		}
	}

	/** The producer's correlation id in the log context while the record is applied. */
	private static void withCorrelationId(ConsumerRecord<String, String> record, Runnable work) {
		Header header = record.headers().lastHeader(CorrelationId.HEADER);
		String previous = MDC.get(CorrelationId.MDC_KEY);
		String id = (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : previous;
		MDC.put(CorrelationId.MDC_KEY, CorrelationId.sanitize(id));
		try {
			work.run();
		}
		finally {
			if (previous != null) {
				MDC.put(CorrelationId.MDC_KEY, previous);
			}
			else {
				MDC.remove(CorrelationId.MDC_KEY);
			}
		}
	}

}
