package app.distribu.webhook.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.webhook.db.Tables.WEBHOOK_EVENT;

/** The events webhooks and the feed send: each once, with its body as sent. */
@Repository
public class EventLog {

	private final DSLContext db;

	EventLog(DSLContext db) {
		this.db = db;
	}

	/**
	 * Records an event and gives it the company's next feed position in the same
	 * statement. The position row stays locked until the caller's transaction ends, so
	 * positions become visible in order and a reader polling the feed never skips one. A
	 * second copy of the same event is ignored.
	 */
	public void appendToFeed(UUID id, UUID companyId, String type, String body, Instant createdAt) {
		this.db.execute("""
				with next as (
				    insert into webhook_event_position (company_id, last_position) values (?, 1)
				    on conflict (company_id) do update set last_position = webhook_event_position.last_position + 1
				    returning last_position)
				insert into webhook_event (id, company_id, type, body, created_at, position)
				select cast(? as uuid), cast(? as uuid), ?, ?, cast(? as timestamptz), last_position from next
				on conflict (id) do nothing""", companyId, id, companyId, type, body,
				createdAt.atOffset(ZoneOffset.UTC));
	}

	/** An event that is delivered but not listed in the feed (a test event). */
	public void recordOutsideFeed(UUID id, UUID companyId, String type, String body, Instant createdAt) {
		this.db.insertInto(WEBHOOK_EVENT)
			.set(WEBHOOK_EVENT.ID, id)
			.set(WEBHOOK_EVENT.COMPANY_ID, companyId)
			.set(WEBHOOK_EVENT.TYPE, type)
			.set(WEBHOOK_EVENT.BODY, body)
			.set(WEBHOOK_EVENT.CREATED_AT, createdAt.atOffset(ZoneOffset.UTC))
			.execute();
	}

	/**
	 * Up to {@code limit} entries of these types after {@code position}, oldest first.
	 */
	List<Entry> after(UUID companyId, long position, Collection<String> types, int limit) {
		return this.db.select(WEBHOOK_EVENT.POSITION, WEBHOOK_EVENT.BODY)
			.from(WEBHOOK_EVENT)
			.where(WEBHOOK_EVENT.COMPANY_ID.eq(companyId)
				.and(WEBHOOK_EVENT.POSITION.gt(position))
				.and(WEBHOOK_EVENT.TYPE.in(types)))
			.orderBy(WEBHOOK_EVENT.POSITION)
			.limit(limit)
			.fetch((row) -> new Entry(row.value1(), row.value2()));
	}

	record Entry(long position, String body) {

	}

}
