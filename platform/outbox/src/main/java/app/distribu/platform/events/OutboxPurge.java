package app.distribu.platform.events;

import java.sql.Timestamp;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes published outbox rows after {@link OutboxSettings#retention()}, inbox entries
 * after {@link OutboxSettings#inboxRetention()} and dead letters an operator settled
 * after the same. In slices, so no statement holds locks for long; replicas purging at
 * the same time only repeat each other's work.
 */
public class OutboxPurge {

	private static final Logger log = LoggerFactory.getLogger(OutboxPurge.class);

	private static final int SLICE = 5_000;

	private static final int MAX_SLICES = 200;

	private final JdbcClient jdbc;

	private final OutboxSettings settings;

	public OutboxPurge(JdbcClient jdbc, OutboxSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${distribu.outbox.purge-every:10m}",
			initialDelayString = "${distribu.outbox.purge-every:10m}")
	public void purge() {
		try {
			Instant now = Instant.now();
			int events = inSlices("""
					delete from outbox_event where seq in (
					    select seq from outbox_event
					    where published_at is not null and occurred_at < ? limit ?)""",
					now.minus(this.settings.retention()));
			int processed = inSlices("""
					delete from processed_event where (consumer, event_id) in (
					    select consumer, event_id from processed_event where processed_at < ? limit ?)""",
					now.minus(this.settings.inboxRetention()));
			int settled = inSlices("""
					delete from dead_letter where id in (
					    select id from dead_letter
					    where coalesce(replayed_at, discarded_at) < ? limit ?)""",
					now.minus(this.settings.retention()));
			if (events + processed + settled > 0) {
				log.info("Purged {} published events, {} processed event ids, {} settled dead letters", events,
						processed, settled);
			}
		}
		catch (DataAccessException ex) {
			log.warn("Outbox purge failed; will retry: {}", ex.getMessage());
		}
	}

	private int inSlices(String sql, Instant before) {
		int total = 0;
		for (int i = 0; i < MAX_SLICES; i++) {
			int deleted = this.jdbc.sql(sql).params(Timestamp.from(before), SLICE).update();
			total += deleted;
			if (deleted < SLICE) {
				break;
			}
		}
		return total;
	}

}
