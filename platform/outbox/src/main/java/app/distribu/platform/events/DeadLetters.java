package app.distribu.platform.events;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import app.distribu.platform.web.CorrelationId;

/** The {@code dead_letter} table: consumed records that kept failing, per group. */
public class DeadLetters {

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private static final String COLUMNS = """
			id, consumer_group, topic, kafka_partition, kafka_offset, record_key, event_id, event_type,
			correlation_id, error, failed_at, replayed_at, discarded_at, payload""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Counter deadLettered;

	public DeadLetters(JdbcClient jdbc, JsonMapper json, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.json = json;
		this.deadLettered = Counter.builder("distribu.events.dead.lettered")
			.description("Consumed events that kept failing and went to the dead letters")
			.register(meters);
	}

	/** Once per record and group, however often recovery runs. */
	void add(ConsumerRecord<?, ?> record, String group, Throwable failure) {
		String payload = String.valueOf(record.value());
		JsonNode envelope = envelope(payload);
		String eventId = header(record, EventEnvelope.ID_HEADER, envelope.path("id").asString(null));
		String eventType = header(record, EventEnvelope.TYPE_HEADER, envelope.path("type").asString(null));
		int added = this.jdbc.sql("""
				insert into dead_letter (id, consumer_group, topic, kafka_partition, kafka_offset, record_key,
				                         payload, event_id, event_type, correlation_id, error)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (consumer_group, topic, kafka_partition, kafka_offset) do nothing""")
			.params(UUID.randomUUID(), group, record.topic(), record.partition(), record.offset(),
					(record.key() != null) ? record.key().toString() : null, payload, uuid(eventId), eventType,
					header(record, CorrelationId.HEADER, null), KafkaFailures.describe(failure))
			.update();
		if (added == 1) {
			this.deadLettered.increment();
			log.error("Event {} on {} (offset {}) kept failing and went to the dead letters of {}: {}", eventId,
					record.topic(), record.offset(), group, KafkaFailures.describe(failure));
		}
	}

	/** Oldest first. */
	public List<DeadLetter> open(int limit) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from dead_letter where replayed_at is null and discarded_at is null
				order by failed_at, id limit ?""").param(limit).query(DeadLetters::toDeadLetter).list();
	}

	public Optional<DeadLetter> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from dead_letter where id = ?")
			.param(id)
			.query(DeadLetters::toDeadLetter)
			.optional();
	}

	long countOpen() {
		return this.jdbc.sql("select count(*) from dead_letter where replayed_at is null and discarded_at is null")
			.query(Long.class)
			.single();
	}

	void replayed(UUID id) {
		this.jdbc.sql("update dead_letter set replayed_at = now() where id = ?").param(id).update();
	}

	void failedAgain(UUID id, Throwable failure) {
		this.jdbc.sql("update dead_letter set error = ? where id = ?")
			.params(KafkaFailures.describe(failure), id)
			.update();
	}

	boolean discard(UUID id) {
		return this.jdbc.sql(
				"update dead_letter set discarded_at = now() where id = ? and replayed_at is null and discarded_at is null")
			.param(id)
			.update() == 1;
	}

	/** The envelope's fields when the headers lack them; empty when it is not JSON. */
	private JsonNode envelope(String payload) {
		try {
			return this.json.readTree(payload);
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
	}

	private static UUID uuid(String id) {
		try {
			return (id != null) ? UUID.fromString(id) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String header(ConsumerRecord<?, ?> record, String name, String otherwise) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : otherwise;
	}

	private static DeadLetter toDeadLetter(ResultSet row, int n) throws SQLException {
		return new DeadLetter(row.getObject("id", UUID.class), row.getString("consumer_group"), row.getString("topic"),
				row.getInt("kafka_partition"), row.getLong("kafka_offset"), row.getString("record_key"),
				row.getObject("event_id", UUID.class), row.getString("event_type"), row.getString("correlation_id"),
				row.getString("error"), instant(row.getTimestamp("failed_at")),
				instant(row.getTimestamp("replayed_at")), instant(row.getTimestamp("discarded_at")),
				row.getString("payload"));
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
