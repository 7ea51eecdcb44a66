package app.distribu.identity.account;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.identity.db.Tables.SIGN_IN_COUNTER;

@Repository
class SignInCounterRepository {

	private final DSLContext db;

	SignInCounterRepository(DSLContext db) {
		this.db = db;
	}

	/**
	 * Counts an attempt against every key in one statement, unless the key must still
	 * wait: concurrent attempts queue on each key's row, so each sees the count the one
	 * before left. A key that must wait keeps its count and its latest failure (so nobody
	 * can extend another's wait); a quiet window starts the count again.
	 */
	List<Counted> take(Collection<Limit> limits, Instant now, Duration window, Duration maxDelay) {
		// Rows are locked in key order, so two attempts sharing keys cannot deadlock.
		List<Limit> sorted = limits.stream().sorted(Comparator.comparing(Limit::key)).toList();
		StringBuilder values = new StringBuilder();
		List<Object> binds = new ArrayList<>();
		for (Limit limit : sorted) {
			values.append(values.isEmpty() ? "" : ", ").append("(?, ?, 1, ?::timestamptz, true)");
			binds.add(limit.key());
			binds.add(limit.threshold());
			binds.add(utc(now));
		}
		String waiting = "(c.failures >= c.threshold and excluded.latest_at < c.latest_at"
				+ " + least(interval '1 minute' * power(2, least(c.failures - c.threshold, 10)), ?::interval))";
		binds.add(maxDelay.toString());
		binds.add(window.toString());
		binds.add(maxDelay.toString());
		binds.add(maxDelay.toString());
		return this.db.resultQuery("""
				insert into sign_in_counter as c (key, threshold, failures, latest_at, allowed)
				values %s
				on conflict (key) do update set
				    failures = case when %s then c.failures
				                    when c.latest_at <= excluded.latest_at - ?::interval then 1
				                    else c.failures + 1 end,
				    latest_at = case when %s then c.latest_at else excluded.latest_at end,
				    allowed = not %s,
				    threshold = excluded.threshold
				returning key, threshold, failures, latest_at, allowed
				""".formatted(values, waiting, waiting, waiting), binds.toArray())
			.fetch((row) -> new Counted(row.get("key", String.class), row.get("threshold", Integer.class),
					row.get("failures", Integer.class), row.get("latest_at", OffsetDateTime.class).toInstant(),
					row.get("allowed", Boolean.class)));
	}

	/** Takes back attempts that never checked a secret (refused, or the service busy). */
	void refund(Collection<String> keys) {
		if (keys.isEmpty()) {
			return;
		}
		this.db.update(SIGN_IN_COUNTER)
			.set(SIGN_IN_COUNTER.FAILURES, SIGN_IN_COUNTER.FAILURES.minus(1))
			.where(SIGN_IN_COUNTER.KEY.in(keys).and(SIGN_IN_COUNTER.FAILURES.gt(0)))
			.execute();
	}

	void clear(String key) {
		this.db.deleteFrom(SIGN_IN_COUNTER).where(SIGN_IN_COUNTER.KEY.eq(key)).execute();
	}

	/** Rows whose window has passed only take space. */
	void purgeBefore(Instant before) {
		this.db.deleteFrom(SIGN_IN_COUNTER).where(SIGN_IN_COUNTER.LATEST_AT.lt(utc(before))).execute();
	}

	record Limit(String key, int threshold) {

	}

	record Counted(String key, int threshold, int failures, Instant latest, boolean allowed) {

	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
