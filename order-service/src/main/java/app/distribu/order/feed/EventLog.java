package app.distribu.order.feed;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.order.db.Tables.ORDER_EVENT_LOG;

/** The per-company, commit-ordered log behind the events feed. */
@Repository
class EventLog {

	private final DSLContext db;

	EventLog(DSLContext db) {
		this.db = db;
	}

	/**
	 * Takes the company's next position and appends the event in one statement. The
	 * position row stays locked until the caller's transaction ends: positions commit in
	 * order, without gaps.
	 */
	void append(FeedEvent event, String envelope) {
		this.db.execute("""
				with next as (
				    insert into order_event_position (company_id, last_position) values (?, 1)
				    on conflict (company_id) do update set last_position = order_event_position.last_position + 1
				    returning last_position)
				insert into order_event_log (company_id, position, event_id, event_type, envelope, created_at)
				select cast(? as uuid), last_position, cast(? as uuid), ?, ?, cast(? as timestamptz) from next""",
				event.companyId(), event.companyId(), event.id(), event.type(), envelope,
				event.createdAt().atOffset(ZoneOffset.UTC));
	}

	/** Up to {@code limit} entries after {@code position}, oldest first. */
	List<Entry> after(UUID companyId, long position, int limit) {
		return this.db.select(ORDER_EVENT_LOG.POSITION, ORDER_EVENT_LOG.ENVELOPE)
			.from(ORDER_EVENT_LOG)
			.where(ORDER_EVENT_LOG.COMPANY_ID.eq(companyId).and(ORDER_EVENT_LOG.POSITION.gt(position)))
			.orderBy(ORDER_EVENT_LOG.POSITION)
			.limit(limit)
			.fetch((row) -> new Entry(row.value1(), row.value2()));
	}

	record Entry(long position, String envelope) {

	}

}
