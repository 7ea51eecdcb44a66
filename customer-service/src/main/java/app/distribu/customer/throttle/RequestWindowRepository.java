package app.distribu.customer.throttle;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep4;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import org.springframework.stereotype.Repository;

import app.distribu.customer.db.tables.records.RequestWindowRecord;

import static app.distribu.customer.db.Tables.REQUEST_WINDOW;

/** Hourly request counters; the database's clock picks the window, so replicas agree. */
@Repository
class RequestWindowRepository {

	private final DSLContext db;

	RequestWindowRepository(DSLContext db) {
		this.db = db;
	}

	/**
	 * Counts one request for every subject in one statement and returns each scope's
	 * count in this hour, this request included.
	 */
	Map<String, Integer> count(Map<String, String> subjectByScope) {
		Field<OffsetDateTime> hour = DSL.field("date_trunc('hour', now())", SQLDataType.TIMESTAMPWITHTIMEZONE);
		InsertValuesStep4<RequestWindowRecord, String, String, OffsetDateTime, Integer> insert = this.db.insertInto(
				REQUEST_WINDOW, REQUEST_WINDOW.SCOPE, REQUEST_WINDOW.SUBJECT, REQUEST_WINDOW.WINDOW_START,
				REQUEST_WINDOW.REQUESTS);
		for (Map.Entry<String, String> subject : subjectByScope.entrySet()) {
			insert = insert.values(DSL.val(subject.getKey()), DSL.val(subject.getValue()), hour, DSL.val(1));
		}
		return insert.onConflict(REQUEST_WINDOW.SCOPE, REQUEST_WINDOW.SUBJECT, REQUEST_WINDOW.WINDOW_START)
			.doUpdate()
			.set(REQUEST_WINDOW.REQUESTS, REQUEST_WINDOW.REQUESTS.plus(1))
			.returning(REQUEST_WINDOW.SCOPE, REQUEST_WINDOW.REQUESTS)
			.fetchMap(REQUEST_WINDOW.SCOPE, REQUEST_WINDOW.REQUESTS);
	}

	/** Windows that ended more than {@code keep} ago count nothing any more. */
	int purgeOlderThan(Duration keep) {
		return this.db.deleteFrom(REQUEST_WINDOW)
			.where(REQUEST_WINDOW.WINDOW_START
				.lt(DSL.field("now() - {0}::interval", OffsetDateTime.class, DSL.val(keep.toSeconds() + " seconds"))))
			.execute();
	}

}
