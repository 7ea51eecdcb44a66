package app.distribu.webhook.endpoint;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import app.distribu.webhook.db.tables.records.WebhookEndpointRecord;

import static app.distribu.webhook.db.Tables.WEBHOOK_ENDPOINT;

@Repository
public class EndpointRepository {

	private final DSLContext db;

	EndpointRepository(DSLContext db) {
		this.db = db;
	}

	void insert(WebhookEndpoint endpoint) {
		this.db.insertInto(WEBHOOK_ENDPOINT)
			.set(WEBHOOK_ENDPOINT.ID, endpoint.id())
			.set(WEBHOOK_ENDPOINT.COMPANY_ID, endpoint.companyId())
			.set(WEBHOOK_ENDPOINT.URL, endpoint.url())
			.set(WEBHOOK_ENDPOINT.SECRET, endpoint.secret())
			.set(WEBHOOK_ENDPOINT.EVENTS, endpoint.events().toArray(String[]::new))
			.set(WEBHOOK_ENDPOINT.ACTIVE, endpoint.active())
			.set(WEBHOOK_ENDPOINT.CREATED_AT, endpoint.createdAt().atOffset(ZoneOffset.UTC))
			.execute();
	}

	public List<WebhookEndpoint> all(UUID companyId) {
		return this.db.selectFrom(WEBHOOK_ENDPOINT)
			.where(WEBHOOK_ENDPOINT.COMPANY_ID.eq(companyId))
			.orderBy(WEBHOOK_ENDPOINT.CREATED_AT, WEBHOOK_ENDPOINT.ID)
			.fetch(EndpointRepository::toEndpoint);
	}

	/** Active endpoints of the company subscribed to the type. */
	public List<WebhookEndpoint> subscribedTo(UUID companyId, String type) {
		return this.db.selectFrom(WEBHOOK_ENDPOINT)
			.where(WEBHOOK_ENDPOINT.COMPANY_ID.eq(companyId)
				.and(WEBHOOK_ENDPOINT.ACTIVE.isTrue())
				.and(WEBHOOK_ENDPOINT.EVENTS.contains(new String[] { type })))
			.fetch(EndpointRepository::toEndpoint);
	}

	public Optional<WebhookEndpoint> find(UUID companyId, UUID id) {
		return this.db.selectFrom(WEBHOOK_ENDPOINT)
			.where(WEBHOOK_ENDPOINT.COMPANY_ID.eq(companyId).and(WEBHOOK_ENDPOINT.ID.eq(id)))
			.fetchOptional(EndpointRepository::toEndpoint);
	}

	boolean delete(UUID companyId, UUID id) {
		return this.db.deleteFrom(WEBHOOK_ENDPOINT)
			.where(WEBHOOK_ENDPOINT.COMPANY_ID.eq(companyId).and(WEBHOOK_ENDPOINT.ID.eq(id)))
			.execute() == 1;
	}

	private static WebhookEndpoint toEndpoint(WebhookEndpointRecord r) {
		return new WebhookEndpoint(r.getId(), r.getCompanyId(), r.getUrl(), r.getSecret(), Arrays.asList(r.getEvents()),
				r.getActive(), r.getCreatedAt().toInstant());
	}

}
