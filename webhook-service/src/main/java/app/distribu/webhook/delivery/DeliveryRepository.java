package app.distribu.webhook.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.Record;
import org.jooq.Row6;
import org.jooq.Row9;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Repository;

import app.distribu.platform.web.PageCursor;
import app.distribu.webhook.endpoint.EndpointRepository;

import static app.distribu.webhook.db.Tables.WEBHOOK_ATTEMPT;
import static app.distribu.webhook.db.Tables.WEBHOOK_DELIVERY;
import static app.distribu.webhook.db.Tables.WEBHOOK_EVENT;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.values;

/**
 * Deliveries and their attempts. Every time that decides when a delivery is due is the
 * database's, so replicas with drifting clocks agree.
 */
@Repository
public class DeliveryRepository {

	/** Serialises claims across replicas; a claim takes milliseconds. */
	private static final long CLAIM_LOCK = 0x5745_4248_4f4f_4bL;

	private final DSLContext db;

	private final EndpointRepository endpoints;

	private final JsonMapper json;

	DeliveryRepository(DSLContext db, EndpointRepository endpoints, JsonMapper json) {
		this.db = db;
		this.endpoints = endpoints;
		this.json = json;
	}

	/**
	 * One PENDING delivery per endpoint, due now; a second copy of an event is ignored.
	 */
	void insertPending(Collection<UUID> endpointIds, UUID companyId, UUID eventId, String eventType, int maxAttempts,
			boolean manual, String correlationId) {
		var insert = this.db.insertInto(WEBHOOK_DELIVERY, WEBHOOK_DELIVERY.ID, WEBHOOK_DELIVERY.ENDPOINT_ID,
				WEBHOOK_DELIVERY.COMPANY_ID, WEBHOOK_DELIVERY.EVENT_ID, WEBHOOK_DELIVERY.EVENT_TYPE,
				WEBHOOK_DELIVERY.STATUS, WEBHOOK_DELIVERY.MAX_ATTEMPTS, WEBHOOK_DELIVERY.MANUAL,
				WEBHOOK_DELIVERY.CORRELATION_ID, WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT);
		for (UUID endpointId : endpointIds) {
			insert = insert.values(val(UUID.randomUUID()), val(endpointId), val(companyId), val(eventId),
					val(eventType), val("PENDING"), val(maxAttempts), val(manual),
					val(correlationId, WEBHOOK_DELIVERY.CORRELATION_ID), currentOffsetDateTime());
		}
		insert.onConflict(WEBHOOK_DELIVERY.ENDPOINT_ID, WEBHOOK_DELIVERY.EVENT_ID).doNothing().execute();
	}

	/**
	 * Leases up to {@code limit} due deliveries of active endpoints, oldest due first,
	 * but never more than {@code perEndpoint} in flight to one endpoint over all
	 * replicas. The caller commits before sending anything. A lease that ends without an
	 * outcome (the worker died) makes the delivery due again.
	 */
	List<Claimed> claim(int perEndpoint, int limit, Duration lease) {
		this.db.execute("select pg_advisory_xact_lock(?)", CLAIM_LOCK);
		return this.db.resultQuery("""
				with slots as (
				    select e.id, ? - (select count(*) from webhook_delivery f
				                      where f.endpoint_id = e.id and f.lease_until > now()) as free
				    from webhook_endpoint e
				    where e.active and exists (
				        select 1 from webhook_delivery d
				        where d.endpoint_id = e.id and d.status = 'PENDING' and d.next_attempt_at <= now())
				), picked as (
				    select p.id, p.next_attempt_at from slots s
				    cross join lateral (
				        select d.id, d.next_attempt_at from webhook_delivery d
				        where d.endpoint_id = s.id and d.status = 'PENDING' and d.next_attempt_at <= now()
				        order by d.next_attempt_at, d.id
				        limit greatest(s.free, 0)
				        for update skip locked) p
				    order by p.next_attempt_at
				    limit ?
				)
				update webhook_delivery d
				set attempts = d.attempts + 1,
				    lease_until = now() + ? * interval '1 millisecond',
				    next_attempt_at = now() + ? * interval '1 millisecond',
				    first_attempted_at = coalesce(d.first_attempted_at, now())
				from picked, webhook_event ev, webhook_endpoint e
				where d.id = picked.id and ev.id = d.event_id and e.id = d.endpoint_id
				returning d.id, d.endpoint_id, d.company_id, d.event_id, d.event_type, d.attempts, d.max_attempts,
				          d.manual, d.correlation_id, ev.body, ev.created_at, e.url, e.secret, e.previous_secret,
				          e.previous_secret_expires_at""", perEndpoint, limit, lease.toMillis(), lease.toMillis())
			.fetch(this::toClaimed);
	}

	private Claimed toClaimed(Record row) {
		return new Claimed(row.get("id", UUID.class), row.get("endpoint_id", UUID.class),
				row.get("company_id", UUID.class), row.get("event_id", UUID.class), row.get("event_type", String.class),
				row.get("attempts", Integer.class), row.get("max_attempts", Integer.class),
				row.get("manual", Boolean.class), row.get("correlation_id", String.class),
				row.get("body", String.class), row.get("created_at", OffsetDateTime.class).toInstant(),
				row.get("url", String.class),
				this.endpoints.open(row.get("secret", String.class), row.get("previous_secret", String.class),
						row.get("previous_secret_expires_at", OffsetDateTime.class)));
	}

	/**
	 * Marks succeeded deliveries, each only while it still counts that attempt as its
	 * latest claim; answers the ids it marked.
	 */
	Set<UUID> completeSucceeded(List<Recorded> succeeded) {
		if (succeeded.isEmpty()) {
			return Set.of();
		}
		var rows = values(succeeded.stream()
			.map((r) -> row(val(r.claimed().id()), val(r.claimed().attempt()), val(utc(r.outcome().startedAt())),
					val(r.outcome().responseStatus(), SQLDataType.INTEGER),
					val(r.outcome().excerpt(), SQLDataType.VARCHAR), val(r.outcome().durationMs())))
			.toArray(Row6[]::new)).as("v", "id", "attempt", "at", "code", "excerpt", "ms");
		return new HashSet<>(this.db.update(WEBHOOK_DELIVERY)
			.set(WEBHOOK_DELIVERY.STATUS, "SUCCEEDED")
			.setNull(WEBHOOK_DELIVERY.LEASE_UNTIL)
			.setNull(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT)
			.set(WEBHOOK_DELIVERY.ATTEMPTED_AT, rows.field("at", OffsetDateTime.class))
			.set(WEBHOOK_DELIVERY.RESPONSE_STATUS, rows.field("code", Integer.class))
			.set(WEBHOOK_DELIVERY.RESPONSE_EXCERPT, rows.field("excerpt", String.class))
			.set(WEBHOOK_DELIVERY.DURATION_MS, rows.field("ms", Integer.class))
			.from(rows)
			.where(WEBHOOK_DELIVERY.ID.eq(rows.field("id", UUID.class))
				.and(WEBHOOK_DELIVERY.ATTEMPTS.eq(rows.field("attempt", Integer.class)))
				.and(WEBHOOK_DELIVERY.STATUS.eq("PENDING")))
			.returning(WEBHOOK_DELIVERY.ID)
			.fetch(WEBHOOK_DELIVERY.ID));
	}

	/**
	 * Writes a failed attempt's outcome: FAILED for good, or PENDING again
	 * {@code retryIn} from now. Only while the delivery still counts this attempt as its
	 * latest claim; answers whether it did.
	 */
	boolean completeFailed(Claimed claimed, Outcome outcome, boolean last, Duration retryIn) {
		return this.db.update(WEBHOOK_DELIVERY)
			.set(WEBHOOK_DELIVERY.STATUS, last ? "FAILED" : "PENDING")
			.setNull(WEBHOOK_DELIVERY.LEASE_UNTIL)
			.set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, later(last ? null : retryIn))
			.set(WEBHOOK_DELIVERY.ATTEMPTED_AT, utc(outcome.startedAt()))
			.set(WEBHOOK_DELIVERY.RESPONSE_STATUS, outcome.responseStatus())
			.set(WEBHOOK_DELIVERY.RESPONSE_EXCERPT, outcome.excerpt())
			.set(WEBHOOK_DELIVERY.DURATION_MS, outcome.durationMs())
			.where(WEBHOOK_DELIVERY.ID.eq(claimed.id())
				.and(WEBHOOK_DELIVERY.ATTEMPTS.eq(claimed.attempt()))
				.and(WEBHOOK_DELIVERY.STATUS.eq("PENDING")))
			.execute() == 1;
	}

	/**
	 * The attempts' rows, kept whatever became of their deliveries (except deliveries
	 * deleted meanwhile with their webhook).
	 */
	void recordAttempts(List<Recorded> recorded) {
		if (recorded.isEmpty()) {
			return;
		}
		var rows = values(recorded.stream()
			.map((r) -> row(val(r.claimed().id()), val(r.claimed().attempt()), val(utc(r.outcome().startedAt())),
					val(r.outcome().durationMs()), val(r.outcome().succeeded()),
					val(r.outcome().responseStatus(), SQLDataType.INTEGER),
					val(r.outcome().excerpt(), SQLDataType.VARCHAR),
					val(this.json.writeValueAsString(r.outcome().requestHeaders())),
					val((r.retryIn() != null) ? r.retryIn().toMillis() : null, SQLDataType.BIGINT)))
			.toArray(Row9[]::new)).as("v", "id", "number", "at", "ms", "ok", "code", "excerpt", "headers", "retry");
		Field<Long> retry = rows.field("retry", Long.class);
		this.db
			.insertInto(WEBHOOK_ATTEMPT, WEBHOOK_ATTEMPT.DELIVERY_ID, WEBHOOK_ATTEMPT.NUMBER,
					WEBHOOK_ATTEMPT.STARTED_AT, WEBHOOK_ATTEMPT.DURATION_MS, WEBHOOK_ATTEMPT.SUCCEEDED,
					WEBHOOK_ATTEMPT.RESPONSE_STATUS, WEBHOOK_ATTEMPT.RESPONSE_EXCERPT, WEBHOOK_ATTEMPT.REQUEST_HEADERS,
					WEBHOOK_ATTEMPT.NEXT_ATTEMPT_AT)
			.select(select(rows.field("id", UUID.class), rows.field("number", Integer.class),
					rows.field("at", OffsetDateTime.class), rows.field("ms", Integer.class),
					rows.field("ok", Boolean.class), rows.field("code", Integer.class),
					rows.field("excerpt", String.class), rows.field("headers", String.class),
					field("now() + {0} * interval '1 millisecond'", OffsetDateTime.class, retry))
				.from(rows)
				.where(DSL.exists(selectOne().from(WEBHOOK_DELIVERY)
					.where(WEBHOOK_DELIVERY.ID.eq(rows.field("id", UUID.class))))))
			.onConflictDoNothing()
			.execute();
	}

	/** When the delivery's first attempt started. */
	Optional<Instant> firstAttemptOf(UUID deliveryId) {
		return this.db.select(WEBHOOK_DELIVERY.FIRST_ATTEMPTED_AT)
			.from(WEBHOOK_DELIVERY)
			.where(WEBHOOK_DELIVERY.ID.eq(deliveryId))
			.fetchOptional(WEBHOOK_DELIVERY.FIRST_ATTEMPTED_AT)
			.map(OffsetDateTime::toInstant);
	}

	/** {@code retryIn} from the database's now, or null. */
	private static Field<OffsetDateTime> later(Duration retryIn) {
		if (retryIn == null) {
			return val(null, WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT);
		}
		return field("now() + ? * interval '1 millisecond'", OffsetDateTime.class, retryIn.toMillis());
	}

	/**
	 * One more attempt, at once, for a delivery that is not waiting already; answers
	 * false when there was nothing to do.
	 */
	boolean redeliver(UUID companyId, UUID endpointId, UUID deliveryId) {
		return this.db.update(WEBHOOK_DELIVERY)
			.set(WEBHOOK_DELIVERY.STATUS, "PENDING")
			.set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, currentOffsetDateTime())
			.set(WEBHOOK_DELIVERY.MAX_ATTEMPTS, WEBHOOK_DELIVERY.ATTEMPTS.plus(1))
			.set(WEBHOOK_DELIVERY.MANUAL, true)
			.setNull(WEBHOOK_DELIVERY.LEASE_UNTIL)
			.where(WEBHOOK_DELIVERY.ID.eq(deliveryId)
				.and(WEBHOOK_DELIVERY.ENDPOINT_ID.eq(endpointId))
				.and(WEBHOOK_DELIVERY.COMPANY_ID.eq(companyId))
				.and(WEBHOOK_DELIVERY.STATUS.ne("PENDING")))
			.execute() == 1;
	}

	/**
	 * One more attempt each for the endpoint's deliveries that failed, created since
	 * then.
	 */
	int resendFailed(UUID companyId, UUID endpointId, Instant since) {
		return this.db.update(WEBHOOK_DELIVERY)
			.set(WEBHOOK_DELIVERY.STATUS, "PENDING")
			.set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, currentOffsetDateTime())
			.set(WEBHOOK_DELIVERY.MAX_ATTEMPTS, WEBHOOK_DELIVERY.ATTEMPTS.plus(1))
			.set(WEBHOOK_DELIVERY.MANUAL, true)
			.where(WEBHOOK_DELIVERY.ENDPOINT_ID.eq(endpointId)
				.and(WEBHOOK_DELIVERY.COMPANY_ID.eq(companyId))
				.and(WEBHOOK_DELIVERY.STATUS.eq("FAILED"))
				.and(WEBHOOK_DELIVERY.CREATED_AT.ge(utc(since))))
			.execute();
	}

	boolean exists(UUID companyId, UUID endpointId, UUID deliveryId) {
		return this.db.fetchExists(WEBHOOK_DELIVERY,
				WEBHOOK_DELIVERY.ID.eq(deliveryId)
					.and(WEBHOOK_DELIVERY.ENDPOINT_ID.eq(endpointId))
					.and(WEBHOOK_DELIVERY.COMPANY_ID.eq(companyId)));
	}

	/**
	 * The latest {@code perEndpoint} deliveries of each endpoint (a company has few),
	 * each read newest first through its index.
	 */
	public Map<UUID, List<DeliveryRow>> recent(UUID companyId, List<UUID> endpointIds, int perEndpoint) {
		Map<UUID, List<DeliveryRow>> recent = new LinkedHashMap<>();
		for (UUID endpointId : endpointIds) {
			recent.put(endpointId, page(companyId, endpointId, null, perEndpoint));
		}
		return recent;
	}

	/** A page of an endpoint's deliveries, newest first. */
	List<DeliveryRow> page(UUID companyId, UUID endpointId, PageCursor before, int limit) {
		var condition = WEBHOOK_DELIVERY.COMPANY_ID.eq(companyId).and(WEBHOOK_DELIVERY.ENDPOINT_ID.eq(endpointId));
		if (before != null) {
			condition = condition
				.and(row(WEBHOOK_DELIVERY.CREATED_AT, WEBHOOK_DELIVERY.ID).lt(before.createdAt(), before.id()));
		}
		List<DeliveryRow> rows = this.db.select(WEBHOOK_DELIVERY.asterisk(), WEBHOOK_EVENT.BODY)
			.from(WEBHOOK_DELIVERY)
			.join(WEBHOOK_EVENT)
			.on(WEBHOOK_EVENT.ID.eq(WEBHOOK_DELIVERY.EVENT_ID))
			.where(condition)
			.orderBy(WEBHOOK_DELIVERY.CREATED_AT.desc(), WEBHOOK_DELIVERY.ID.desc())
			.limit(limit)
			.fetch(this::toRow);
		return withAttempts(rows);
	}

	private List<DeliveryRow> withAttempts(List<DeliveryRow> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<UUID, List<AttemptRow>> attempts = this.db.selectFrom(WEBHOOK_ATTEMPT)
			.where(WEBHOOK_ATTEMPT.DELIVERY_ID.in(rows.stream().map(DeliveryRow::id).toList()))
			.orderBy(WEBHOOK_ATTEMPT.NUMBER.desc())
			.fetchGroups(WEBHOOK_ATTEMPT.DELIVERY_ID,
					(r) -> new AttemptRow(r.getNumber(), r.getStartedAt().toInstant(), r.getDurationMs(),
							r.getSucceeded(), r.getResponseStatus(), r.getResponseExcerpt(),
							AttemptRow.headers(this.json, r.getRequestHeaders()), instant(r.getNextAttemptAt())));
		return rows.stream().map((row) -> row.withAttempts(attempts.getOrDefault(row.id(), List.of()))).toList();
	}

	private DeliveryRow toRow(Record r) {
		return new DeliveryRow(r.get(WEBHOOK_DELIVERY.ID), r.get(WEBHOOK_DELIVERY.ENDPOINT_ID),
				r.get(WEBHOOK_DELIVERY.EVENT_ID), r.get(WEBHOOK_DELIVERY.EVENT_TYPE), r.get(WEBHOOK_DELIVERY.STATUS),
				r.get(WEBHOOK_DELIVERY.ATTEMPTS), r.get(WEBHOOK_DELIVERY.RESPONSE_STATUS),
				r.get(WEBHOOK_DELIVERY.RESPONSE_EXCERPT), r.get(WEBHOOK_DELIVERY.DURATION_MS),
				r.get(WEBHOOK_DELIVERY.CREATED_AT).toInstant(), instant(r.get(WEBHOOK_DELIVERY.ATTEMPTED_AT)),
				instant(r.get(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT)), instant(r.get(WEBHOOK_DELIVERY.LEASE_UNTIL)),
				r.get(WEBHOOK_EVENT.BODY), List.of());
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
