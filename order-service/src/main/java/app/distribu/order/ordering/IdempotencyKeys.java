package app.distribu.order.ordering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

import static app.distribu.order.db.Tables.IDEMPOTENCY_KEY;

/** Idempotency keys and their first answers, kept 24 hours. */
@Repository
class IdempotencyKeys {

	static final Duration KEPT = Duration.ofHours(24);

	private final DSLContext db;

	private final Clock clock;

	IdempotencyKeys(DSLContext db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	Optional<StoredResponse> find(IdempotentRequest request) {
		return this.db.select(IDEMPOTENCY_KEY.REQUEST_HASH, IDEMPOTENCY_KEY.STATUS, IDEMPOTENCY_KEY.RESPONSE)
			.from(IDEMPOTENCY_KEY)
			.where(IDEMPOTENCY_KEY.COMPANY_ID.eq(request.companyId())
				.and(IDEMPOTENCY_KEY.PRINCIPAL_ID.eq(request.principalId()))
				.and(IDEMPOTENCY_KEY.KEY.eq(request.key()))
				.and(IDEMPOTENCY_KEY.CREATED_AT.ge(cutoff())))
			.fetchOptional((row) -> new StoredResponse(row.value1(), row.value2(), row.value3()));
	}

	/**
	 * Takes the key for this request unless a live entry holds it. Runs first in the
	 * order's transaction: a concurrent request with the same key waits here until that
	 * transaction ends, then finds the key taken (or free again if it rolled back).
	 */
	boolean claim(IdempotentRequest request) {
		return this.db.insertInto(IDEMPOTENCY_KEY)
			.set(IDEMPOTENCY_KEY.COMPANY_ID, request.companyId())
			.set(IDEMPOTENCY_KEY.PRINCIPAL_ID, request.principalId())
			.set(IDEMPOTENCY_KEY.KEY, request.key())
			.set(IDEMPOTENCY_KEY.REQUEST_HASH, request.requestHash())
			.set(IDEMPOTENCY_KEY.STATUS, 0)
			.set(IDEMPOTENCY_KEY.RESPONSE, "")
			.set(IDEMPOTENCY_KEY.CREATED_AT, Instant.now(this.clock).atOffset(ZoneOffset.UTC))
			.onConflict(IDEMPOTENCY_KEY.COMPANY_ID, IDEMPOTENCY_KEY.PRINCIPAL_ID, IDEMPOTENCY_KEY.KEY)
			.doUpdate()
			.set(IDEMPOTENCY_KEY.REQUEST_HASH, DSL.excluded(IDEMPOTENCY_KEY.REQUEST_HASH))
			.set(IDEMPOTENCY_KEY.STATUS, DSL.excluded(IDEMPOTENCY_KEY.STATUS))
			.set(IDEMPOTENCY_KEY.RESPONSE, DSL.excluded(IDEMPOTENCY_KEY.RESPONSE))
			.set(IDEMPOTENCY_KEY.CREATED_AT, DSL.excluded(IDEMPOTENCY_KEY.CREATED_AT))
			.where(IDEMPOTENCY_KEY.CREATED_AT.lt(cutoff()))
			.execute() == 1;
	}

	/** Records the answer of a claimed key, in the same transaction as the claim. */
	void complete(IdempotentRequest request, int status, String body) {
		this.db.update(IDEMPOTENCY_KEY)
			.set(IDEMPOTENCY_KEY.STATUS, status)
			.set(IDEMPOTENCY_KEY.RESPONSE, body)
			.where(IDEMPOTENCY_KEY.COMPANY_ID.eq(request.companyId())
				.and(IDEMPOTENCY_KEY.PRINCIPAL_ID.eq(request.principalId()))
				.and(IDEMPOTENCY_KEY.KEY.eq(request.key())))
			.execute();
	}

	@Scheduled(fixedDelayString = "${distribu.idempotency.purge-interval:1h}")
	void purgeExpired() {
		this.db.deleteFrom(IDEMPOTENCY_KEY).where(IDEMPOTENCY_KEY.CREATED_AT.lt(cutoff())).execute();
	}

	private OffsetDateTime cutoff() {
		return Instant.now(this.clock).minus(KEPT).atOffset(ZoneOffset.UTC);
	}

}
