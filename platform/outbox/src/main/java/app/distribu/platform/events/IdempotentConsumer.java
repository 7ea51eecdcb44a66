package app.distribu.platform.events;

import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

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

}
