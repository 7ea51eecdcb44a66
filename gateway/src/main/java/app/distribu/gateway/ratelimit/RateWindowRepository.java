package app.distribu.gateway.ratelimit;

import java.sql.Timestamp;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Fixed one-minute windows. The database's clock picks the window, so replicas with
 * slightly different clocks still count into the same row.
 */
@Repository
class RateWindowRepository {

	private final JdbcClient db;

	RateWindowRepository(JdbcClient db) {
		this.db = db;
	}

	/** Counts one request and returns the window's count and end, in one statement. */
	Counted count(UUID apiKeyId) {
		return this.db.sql("""
				insert into api_rate_window as w (api_key_id, window_start, requests)
				values (:key, date_trunc('minute', now()), 1)
				on conflict (api_key_id, window_start) do update set requests = w.requests + 1
				returning requests, window_start + interval '1 minute' as window_end
				""")
			.param("key", apiKeyId)
			.query((row, n) -> new Counted(row.getInt("requests"), row.getTimestamp("window_end")))
			.single();
	}

	int purgeOlderThanMinutes(int minutes) {
		return this.db.sql("delete from api_rate_window where window_start < now() - make_interval(mins => :minutes)")
			.param("minutes", minutes)
			.update();
	}

	record Counted(int requests, Timestamp windowEnd) {

	}

}
