package app.distribu.webhook.endpoint;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.UpdateSetMoreStep;

import org.springframework.stereotype.Repository;

import app.distribu.platform.secrets.SecretBox;
import app.distribu.webhook.db.tables.records.WebhookEndpointRecord;

import static app.distribu.webhook.db.Tables.WEBHOOK_ENDPOINT;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.condition;

/** Webhook endpoints; secrets are sealed on the way in and opened on the way out. */
@Repository
public class EndpointRepository {

	private final DSLContext db;

	private final SecretBox box;

	EndpointRepository(DSLContext db, SecretBox box) {
		this.db = db;
		this.box = box;
	}

	void insert(WebhookEndpoint endpoint, String secret) {
		this.db.insertInto(WEBHOOK_ENDPOINT)
			.set(WEBHOOK_ENDPOINT.ID, endpoint.id())
			.set(WEBHOOK_ENDPOINT.COMPANY_ID, endpoint.companyId())
			.set(WEBHOOK_ENDPOINT.URL, endpoint.url())
			.set(WEBHOOK_ENDPOINT.DESCRIPTION, endpoint.description())
			.set(WEBHOOK_ENDPOINT.SECRET, this.box.seal(secret))
			.set(WEBHOOK_ENDPOINT.EVENTS, endpoint.events().toArray(String[]::new))
			.set(WEBHOOK_ENDPOINT.ACTIVE, endpoint.active())
			.set(WEBHOOK_ENDPOINT.INCLUDE_DASHBOARD_ORDERS, endpoint.includeDashboardOrders())
			.set(WEBHOOK_ENDPOINT.CREATED_AT, utc(endpoint.createdAt()))
			.execute();
	}

	public List<WebhookEndpoint> all(UUID companyId) {
		return this.db.selectFrom(WEBHOOK_ENDPOINT)
			.where(WEBHOOK_ENDPOINT.COMPANY_ID.eq(companyId))
			.orderBy(WEBHOOK_ENDPOINT.CREATED_AT, WEBHOOK_ENDPOINT.ID)
			.fetch(EndpointRepository::toEndpoint);
	}

	/**
	 * Active endpoints of the company that want this event: subscribed to its type and,
	 * for a dashboard {@code order.created}, opted in to dashboard orders.
	 */
	public List<UUID> subscribedTo(UUID companyId, String type, boolean dashboardOrder) {
		return this.db.select(WEBHOOK_ENDPOINT.ID)
			.from(WEBHOOK_ENDPOINT)
			.where(WEBHOOK_ENDPOINT.COMPANY_ID.eq(companyId)
				.and(WEBHOOK_ENDPOINT.ACTIVE.isTrue())
				.and(WEBHOOK_ENDPOINT.EVENTS.contains(new String[] { type }))
				.and(dashboardOrder ? WEBHOOK_ENDPOINT.INCLUDE_DASHBOARD_ORDERS.isTrue()
						: WEBHOOK_ENDPOINT.ID.isNotNull()))
			.fetch(WEBHOOK_ENDPOINT.ID);
	}

	public Optional<WebhookEndpoint> find(UUID companyId, UUID id) {
		return this.db.selectFrom(WEBHOOK_ENDPOINT)
			.where(WEBHOOK_ENDPOINT.COMPANY_ID.eq(companyId).and(WEBHOOK_ENDPOINT.ID.eq(id)))
			.fetchOptional(EndpointRepository::toEndpoint);
	}

	/**
	 * Saves what a person set. Turning a webhook on clears what automatic disabling noted
	 * and starts a fresh failing streak; turning it off notes when.
	 */
	boolean update(UUID companyId, UUID id, WebhookSettings settings, boolean wasActive, Instant now) {
		UpdateSetMoreStep<WebhookEndpointRecord> update = this.db.update(WEBHOOK_ENDPOINT)
			.set(WEBHOOK_ENDPOINT.URL, settings.url())
			.set(WEBHOOK_ENDPOINT.DESCRIPTION, settings.description())
			.set(WEBHOOK_ENDPOINT.EVENTS, settings.events().toArray(String[]::new))
			.set(WEBHOOK_ENDPOINT.INCLUDE_DASHBOARD_ORDERS, settings.includeDashboardOrders())
			.set(WEBHOOK_ENDPOINT.ACTIVE, settings.active());
		if (settings.active() && !wasActive) {
			update = update.setNull(WEBHOOK_ENDPOINT.DISABLED_REASON)
				.setNull(WEBHOOK_ENDPOINT.DISABLED_AT)
				.setNull(WEBHOOK_ENDPOINT.FAILING_SINCE);
		}
		if (!settings.active() && wasActive) {
			update = update.set(WEBHOOK_ENDPOINT.DISABLED_AT, utc(now));
		}
		return update.where(WEBHOOK_ENDPOINT.COMPANY_ID.eq(companyId).and(WEBHOOK_ENDPOINT.ID.eq(id))).execute() == 1;
	}

	/**
	 * Turns the webhook off for a reason; false when it was already off (so the owners
	 * are told once).
	 */
	public boolean disable(UUID id, String reason, Instant at) {
		return this.db.update(WEBHOOK_ENDPOINT)
			.set(WEBHOOK_ENDPOINT.ACTIVE, false)
			.set(WEBHOOK_ENDPOINT.DISABLED_REASON, reason)
			.set(WEBHOOK_ENDPOINT.DISABLED_AT, utc(at))
			.where(WEBHOOK_ENDPOINT.ID.eq(id).and(WEBHOOK_ENDPOINT.ACTIVE.isTrue()))
			.execute() == 1;
	}

	/**
	 * Locks the endpoints' rows in id order for the caller's transaction, before it
	 * touches their deliveries (the order a deletion's cascade takes). Inserting a
	 * delivery is not held up: its foreign-key check takes a weaker lock.
	 */
	public void lock(Collection<UUID> ids) {
		this.db.select(WEBHOOK_ENDPOINT.ID)
			.from(WEBHOOK_ENDPOINT)
			.where(WEBHOOK_ENDPOINT.ID.in(ids))
			.orderBy(WEBHOOK_ENDPOINT.ID)
			.forNoKeyUpdate()
			.fetch();
	}

	/**
	 * Successes end a failing streak. The time of the last one is kept to the minute, so
	 * a busy endpoint's row is not rewritten (and locked) by every delivery.
	 */
	public void succeeded(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return;
		}
		this.db.update(WEBHOOK_ENDPOINT)
			.set(WEBHOOK_ENDPOINT.LAST_SUCCESS_AT, currentOffsetDateTime())
			.setNull(WEBHOOK_ENDPOINT.FAILING_SINCE)
			.where(WEBHOOK_ENDPOINT.ID.in(ids)
				.and(WEBHOOK_ENDPOINT.FAILING_SINCE.isNotNull()
					.or(WEBHOOK_ENDPOINT.LAST_SUCCESS_AT.isNull())
					.or(condition("{0} < now() - interval '1 minute'", WEBHOOK_ENDPOINT.LAST_SUCCESS_AT))))
			.execute();
	}

	/** The first failure after a success starts a failing streak. */
	public void failed(UUID id, Instant at) {
		this.db.update(WEBHOOK_ENDPOINT)
			.set(WEBHOOK_ENDPOINT.FAILING_SINCE, utc(at))
			.where(WEBHOOK_ENDPOINT.ID.eq(id).and(WEBHOOK_ENDPOINT.FAILING_SINCE.isNull()))
			.execute();
	}

	/** When the last success was, if any. */
	public Optional<Instant> lastSuccess(UUID id) {
		return this.db.select(WEBHOOK_ENDPOINT.LAST_SUCCESS_AT)
			.from(WEBHOOK_ENDPOINT)
			.where(WEBHOOK_ENDPOINT.ID.eq(id))
			.fetchOptional(WEBHOOK_ENDPOINT.LAST_SUCCESS_AT)
			.map(OffsetDateTime::toInstant);
	}

	public Optional<SigningSecrets> secrets(UUID companyId, UUID id) {
		return this.db
			.select(WEBHOOK_ENDPOINT.SECRET, WEBHOOK_ENDPOINT.PREVIOUS_SECRET,
					WEBHOOK_ENDPOINT.PREVIOUS_SECRET_EXPIRES_AT)
			.from(WEBHOOK_ENDPOINT)
			.where(WEBHOOK_ENDPOINT.COMPANY_ID.eq(companyId).and(WEBHOOK_ENDPOINT.ID.eq(id)))
			.fetchOptional(this::open);
	}

	/** Opens secrets read elsewhere (the delivery claim reads them with the delivery). */
	public SigningSecrets open(String secret, String previous, OffsetDateTime previousExpiresAt) {
		return new SigningSecrets(this.box.open(secret), (previous != null) ? this.box.open(previous) : null,
				(previousExpiresAt != null) ? previousExpiresAt.toInstant() : null);
	}

	private SigningSecrets open(Record3<String, String, OffsetDateTime> row) {
		return open(row.value1(), row.value2(), row.value3());
	}

	/** The current secret becomes the previous one until {@code overlapEnds}. */
	boolean rotate(UUID companyId, UUID id, String secret, String previous, Instant overlapEnds) {
		return this.db.update(WEBHOOK_ENDPOINT)
			.set(WEBHOOK_ENDPOINT.SECRET, this.box.seal(secret))
			.set(WEBHOOK_ENDPOINT.PREVIOUS_SECRET, (previous != null) ? this.box.seal(previous) : null)
			.set(WEBHOOK_ENDPOINT.PREVIOUS_SECRET_EXPIRES_AT, (previous != null) ? utc(overlapEnds) : null)
			.where(WEBHOOK_ENDPOINT.COMPANY_ID.eq(companyId).and(WEBHOOK_ENDPOINT.ID.eq(id)))
			.execute() == 1;
	}

	boolean delete(UUID companyId, UUID id) {
		return this.db.deleteFrom(WEBHOOK_ENDPOINT)
			.where(WEBHOOK_ENDPOINT.COMPANY_ID.eq(companyId).and(WEBHOOK_ENDPOINT.ID.eq(id)))
			.execute() == 1;
	}

	/** Stored secrets as they are, for re-sealing: id, secret, previous secret. */
	List<String[]> storedSecrets() {
		return this.db.select(WEBHOOK_ENDPOINT.ID, WEBHOOK_ENDPOINT.SECRET, WEBHOOK_ENDPOINT.PREVIOUS_SECRET)
			.from(WEBHOOK_ENDPOINT)
			.fetch((row) -> new String[] { row.value1().toString(), row.value2(), row.value3() });
	}

	/** Replaces stored values only if nobody changed them meanwhile. */
	boolean reseal(UUID id, String secret, String sealedSecret, String previous, String sealedPrevious) {
		return this.db.update(WEBHOOK_ENDPOINT)
			.set(WEBHOOK_ENDPOINT.SECRET, sealedSecret)
			.set(WEBHOOK_ENDPOINT.PREVIOUS_SECRET, sealedPrevious)
			.where(WEBHOOK_ENDPOINT.ID.eq(id)
				.and(WEBHOOK_ENDPOINT.SECRET.eq(secret))
				.and((previous != null) ? WEBHOOK_ENDPOINT.PREVIOUS_SECRET.eq(previous)
						: WEBHOOK_ENDPOINT.PREVIOUS_SECRET.isNull()))
			.execute() == 1;
	}

	private static WebhookEndpoint toEndpoint(WebhookEndpointRecord r) {
		return new WebhookEndpoint(r.getId(), r.getCompanyId(), r.getUrl(), r.getDescription(),
				Arrays.asList(r.getEvents()), r.getActive(), r.getIncludeDashboardOrders(),
				r.getCreatedAt().toInstant(), r.getDisabledReason(), instant(r.getDisabledAt()),
				instant(r.getPreviousSecretExpiresAt()), instant(r.getFailingSince()));
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
