package app.distribu.platform.events;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Gauges for alerts, read from the tables every few seconds rather than on each scrape:
 * rows waiting in the outbox, the age of the oldest, parked rows, open dead letters.
 */
public class OutboxMeters {

	private static final Logger log = LoggerFactory.getLogger(OutboxMeters.class);

	private final JdbcClient jdbc;

	private final DeadLetters deadLetters;

	private final AtomicLong waiting = new AtomicLong();

	private final AtomicLong oldestAgeSeconds = new AtomicLong();

	private final AtomicLong parked = new AtomicLong();

	private final AtomicLong openDeadLetters = new AtomicLong();

	public OutboxMeters(JdbcClient jdbc, DeadLetters deadLetters, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.deadLetters = deadLetters;
		Gauge.builder("distribu.outbox.lag", this.waiting, AtomicLong::get)
			.description("Committed events not yet published to Kafka")
			.register(meters);
		Gauge.builder("distribu.outbox.oldest.age", this.oldestAgeSeconds, AtomicLong::get)
			.description("Age of the oldest event waiting in the outbox")
			.baseUnit("seconds")
			.register(meters);
		Gauge.builder("distribu.outbox.parked", this.parked, AtomicLong::get)
			.description("Outbox rows Kafka refused for good, waiting for an operator")
			.register(meters);
		Gauge.builder("distribu.events.dead.letters", this.openDeadLetters, AtomicLong::get)
			.description("Consumed events that kept failing, waiting for an operator")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "PT10S", initialDelayString = "PT1S")
	public void refresh() {
		try {
			this.jdbc.sql("""
					select count(*) filter (where parked_at is null) as waiting,
					       count(*) filter (where parked_at is not null) as parked,
					       min(occurred_at) filter (where parked_at is null) as oldest
					from outbox_event where published_at is null""").query((row) -> {
				this.waiting.set(row.getLong("waiting"));
				this.parked.set(row.getLong("parked"));
				Timestamp oldest = row.getTimestamp("oldest");
				this.oldestAgeSeconds.set((oldest != null)
						? Math.max(0, Duration.between(oldest.toInstant(), Instant.now()).toSeconds()) : 0);
			});
			this.openDeadLetters.set(this.deadLetters.countOpen());
		}
		catch (DataAccessException ex) {
			log.warn("Outbox gauges not refreshed: {}", ex.getMessage());
		}
	}

}
