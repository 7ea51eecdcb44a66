package app.distribu.webhook.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.webhook.db.Tables.WEBHOOK_DELIVERY;
import static app.distribu.webhook.db.Tables.WEBHOOK_ENDPOINT;
import static org.jooq.impl.DSL.rowNumber;

@Repository
public class DeliveryRepository {

	private final DSLContext db;

	DeliveryRepository(DSLContext db) {
		this.db = db;
	}

	/** A second copy of the same event for the same endpoint is ignored. */
	void insertPending(UUID endpointId, UUID companyId, UUID eventId, String eventType, String payload) {
		this.db.insertInto(WEBHOOK_DELIVERY)
			.set(WEBHOOK_DELIVERY.ID, UUID.randomUUID())
			.set(WEBHOOK_DELIVERY.ENDPOINT_ID, endpointId)
			.set(WEBHOOK_DELIVERY.COMPANY_ID, companyId)
			.set(WEBHOOK_DELIVERY.EVENT_ID, eventId)
			.set(WEBHOOK_DELIVERY.EVENT_TYPE, eventType)
			.set(WEBHOOK_DELIVERY.PAYLOAD, payload)
			.set(WEBHOOK_DELIVERY.STATUS, "PENDING")
			.onConflict(WEBHOOK_DELIVERY.ENDPOINT_ID, WEBHOOK_DELIVERY.EVENT_ID)
			.doNothing()
			.execute();
	}

	/** Locks the oldest pending delivery; other replicas skip it. */
	Optional<PendingDelivery> claimNext() {
		return this.db
			.select(WEBHOOK_DELIVERY.ID, WEBHOOK_DELIVERY.EVENT_TYPE, WEBHOOK_DELIVERY.PAYLOAD, WEBHOOK_ENDPOINT.URL,
					WEBHOOK_ENDPOINT.SECRET)
			.from(WEBHOOK_DELIVERY)
			.join(WEBHOOK_ENDPOINT)
			.on(WEBHOOK_ENDPOINT.ID.eq(WEBHOOK_DELIVERY.ENDPOINT_ID))
			.where(WEBHOOK_DELIVERY.STATUS.eq("PENDING"))
			.orderBy(WEBHOOK_DELIVERY.CREATED_AT)
			.limit(1)
			.forUpdate()
			.of(WEBHOOK_DELIVERY)
			.skipLocked()
			.fetchOptional((r) -> new PendingDelivery(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
	}

	void complete(UUID id, Outcome outcome, Instant attemptedAt) {
		this.db.update(WEBHOOK_DELIVERY)
			.set(WEBHOOK_DELIVERY.STATUS, outcome.succeeded() ? "SUCCEEDED" : "FAILED")
			.set(WEBHOOK_DELIVERY.RESPONSE_STATUS, outcome.responseStatus())
			.set(WEBHOOK_DELIVERY.RESPONSE_EXCERPT, Outcome.excerpt(outcome.excerpt()))
			.set(WEBHOOK_DELIVERY.DURATION_MS, outcome.durationMs())
			.set(WEBHOOK_DELIVERY.ATTEMPTED_AT, attemptedAt.atOffset(ZoneOffset.UTC))
			.where(WEBHOOK_DELIVERY.ID.eq(id))
			.execute();
	}

	/** The latest {@code perEndpoint} deliveries of each of the company's endpoints. */
	public Map<UUID, List<DeliveryRow>> recent(UUID companyId, int perEndpoint) {
		var ranked = this.db
			.select(WEBHOOK_DELIVERY.ENDPOINT_ID, WEBHOOK_DELIVERY.EVENT_TYPE, WEBHOOK_DELIVERY.STATUS,
					WEBHOOK_DELIVERY.RESPONSE_STATUS, WEBHOOK_DELIVERY.RESPONSE_EXCERPT, WEBHOOK_DELIVERY.DURATION_MS,
					WEBHOOK_DELIVERY.CREATED_AT, WEBHOOK_DELIVERY.ATTEMPTED_AT,
					rowNumber().over()
						.partitionBy(WEBHOOK_DELIVERY.ENDPOINT_ID)
						.orderBy(WEBHOOK_DELIVERY.CREATED_AT.desc())
						.as("rank"))
			.from(WEBHOOK_DELIVERY)
			.where(WEBHOOK_DELIVERY.COMPANY_ID.eq(companyId))
			.asTable("ranked");
		return this.db.selectFrom(ranked)
			.where(ranked.field("rank", Integer.class).le(perEndpoint))
			.orderBy(ranked.field(WEBHOOK_DELIVERY.CREATED_AT).desc())
			.fetchGroups((r) -> r.get(ranked.field(WEBHOOK_DELIVERY.ENDPOINT_ID)),
					(r) -> new DeliveryRow(r.get(ranked.field(WEBHOOK_DELIVERY.ENDPOINT_ID)),
							r.get(ranked.field(WEBHOOK_DELIVERY.EVENT_TYPE)),
							r.get(ranked.field(WEBHOOK_DELIVERY.STATUS)),
							r.get(ranked.field(WEBHOOK_DELIVERY.RESPONSE_STATUS)),
							r.get(ranked.field(WEBHOOK_DELIVERY.RESPONSE_EXCERPT)),
							r.get(ranked.field(WEBHOOK_DELIVERY.DURATION_MS)),
							r.get(ranked.field(WEBHOOK_DELIVERY.CREATED_AT)).toInstant(),
							instant(r.get(ranked.field(WEBHOOK_DELIVERY.ATTEMPTED_AT)))));
	}

	private static Instant instant(java.time.OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
