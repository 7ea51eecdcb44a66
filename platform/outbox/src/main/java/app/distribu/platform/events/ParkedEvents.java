package app.distribu.platform.events;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Outbox rows the relay parked, and the operator's way to send one again. */
public class ParkedEvents {

	private final JdbcClient jdbc;

	private final OutboxRelay relay;

	public ParkedEvents(JdbcClient jdbc, OutboxRelay relay) {
		this.jdbc = jdbc;
		this.relay = relay;
	}

	/** Oldest first. */
	public List<ParkedEvent> list(int limit) {
		return this.jdbc.sql("""
				select id, topic, company_id, event_type, occurred_at, parked_at, last_error,
				       octet_length(payload) as payload_bytes
				from outbox_event where parked_at is not null order by seq limit ?""")
			.param(limit)
			.query((row, n) -> new ParkedEvent(row.getObject("id", UUID.class), row.getString("topic"),
					row.getObject("company_id", UUID.class), row.getString("event_type"),
					row.getTimestamp("occurred_at").toInstant(), row.getTimestamp("parked_at").toInstant(),
					row.getString("last_error"), row.getInt("payload_bytes")))
			.list();
	}

	/**
	 * Puts a parked row back in line, after, say, the topic's size limit was raised (it
	 * then arrives after the company's later events).
	 */
	public boolean retry(UUID eventId) {
		boolean unparked = this.jdbc
			.sql("update outbox_event set parked_at = null, last_error = null where id = ? and parked_at is not null")
			.param(eventId)
			.update() == 1;
		if (unparked) {
			this.relay.wake();
		}
		return unparked;
	}

}
