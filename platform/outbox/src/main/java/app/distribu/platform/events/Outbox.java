package app.distribu.platform.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import app.distribu.platform.web.CorrelationId;

/**
 * Writes an event into the service's {@code outbox_event} table inside the caller's
 * transaction: the event exists if and only if the change it describes was committed. The
 * commit wakes this replica's relay, so the event leaves within milliseconds without a
 * database notification (see docs/platform.md for why not {@code NOTIFY}).
 */
public class Outbox {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final Supplier<String> traceParent;

	private final Runnable afterCommit;

	/**
	 * {@code traceParent}: the current W3C trace context, for the consumers' spans;
	 * {@code afterCommit}: wakes the relay once the event is committed.
	 */
	public Outbox(JdbcClient jdbc, JsonMapper json, Clock clock, Supplier<String> traceParent, Runnable afterCommit) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.traceParent = traceParent;
		this.afterCommit = afterCommit;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public EventEnvelope publish(String topic, UUID companyId, String type, Object data) {
		JsonNode payload = this.json.valueToTree(data);
		EventEnvelope event = new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(this.clock), companyId,
				payload);
		this.jdbc.sql("""
				insert into outbox_event (id, topic, company_id, event_type, payload, correlation_id, occurred_at,
				                          trace_parent)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(event.id(), topic, companyId, type, this.json.writeValueAsString(event), CorrelationId.current(),
					Timestamp.from(event.occurredAt()), this.traceParent.get())
			.update();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Outbox.this.afterCommit.run();
			}
		});
		return event;
	}

}
