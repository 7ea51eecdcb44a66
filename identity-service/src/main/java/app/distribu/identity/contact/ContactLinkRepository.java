package app.distribu.identity.contact;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import static app.distribu.identity.db.Tables.COMPANY;
import static app.distribu.identity.db.Tables.CONTACT_LINK;

@Repository
class ContactLinkRepository {

	private final DSLContext db;

	ContactLinkRepository(DSLContext db) {
		this.db = db;
	}

	Optional<Store> store(UUID companyId) {
		return this.db.select(COMPANY.ID, COMPANY.NAME, COMPANY.SLUG)
			.from(COMPANY)
			.where(COMPANY.ID.eq(companyId))
			.fetchOptional((row) -> new Store(row.value1(), row.value2(), row.value3()));
	}

	/** Spends the contact's earlier open links of this purpose: only the newest works. */
	void spendEarlier(UUID companyId, UUID contactId, LinkPurpose purpose, OffsetDateTime now) {
		this.db.update(CONTACT_LINK)
			.set(CONTACT_LINK.USED_AT, now)
			.where(CONTACT_LINK.COMPANY_ID.eq(companyId)
				.and(CONTACT_LINK.CONTACT_ID.eq(contactId))
				.and(CONTACT_LINK.PURPOSE.eq(purpose.name()))
				.and(CONTACT_LINK.USED_AT.isNull()))
			.execute();
	}

	/**
	 * Spends the contact's open links, or only those sent to another address than
	 * {@code keepEmail} when it is given.
	 */
	int spendOpen(UUID companyId, UUID contactId, String keepEmail, OffsetDateTime now) {
		Condition open = CONTACT_LINK.COMPANY_ID.eq(companyId)
			.and(CONTACT_LINK.CONTACT_ID.eq(contactId))
			.and(CONTACT_LINK.USED_AT.isNull());
		if (keepEmail != null) {
			open = open.and(DSL.lower(CONTACT_LINK.EMAIL).ne(keepEmail.trim().toLowerCase()));
		}
		return this.db.update(CONTACT_LINK).set(CONTACT_LINK.USED_AT, now).where(open).execute();
	}

	int issuedSince(UUID companyId, UUID contactId, LinkPurpose purpose, OffsetDateTime since) {
		return this.db.fetchCount(CONTACT_LINK,
				CONTACT_LINK.COMPANY_ID.eq(companyId)
					.and(CONTACT_LINK.CONTACT_ID.eq(contactId))
					.and(CONTACT_LINK.PURPOSE.eq(purpose.name()))
					.and(CONTACT_LINK.CREATED_AT.gt(since)));
	}

	void insert(ContactLinkRequest request, String tokenHash, OffsetDateTime now, OffsetDateTime expiresAt) {
		this.db.insertInto(CONTACT_LINK)
			.set(CONTACT_LINK.ID, UUID.randomUUID())
			.set(CONTACT_LINK.TOKEN_HASH, tokenHash)
			.set(CONTACT_LINK.COMPANY_ID, request.companyId())
			.set(CONTACT_LINK.CONTACT_ID, request.contactId())
			.set(CONTACT_LINK.CUSTOMER_ID, request.customerId())
			.set(CONTACT_LINK.EMAIL, request.email().trim())
			.set(CONTACT_LINK.NAME, request.name().trim())
			.set(CONTACT_LINK.PURPOSE, request.purpose().name())
			.set(CONTACT_LINK.CREATED_AT, now)
			.set(CONTACT_LINK.EXPIRES_AT, expiresAt)
			.execute();
	}

	/** The link with its store, whatever its state, so the page can say what is wrong. */
	Optional<StoredLink> find(String tokenHash) {
		return this.db.select(CONTACT_LINK.asterisk(), COMPANY.NAME, COMPANY.SLUG)
			.from(CONTACT_LINK)
			.join(COMPANY)
			.on(COMPANY.ID.eq(CONTACT_LINK.COMPANY_ID))
			.where(CONTACT_LINK.TOKEN_HASH.eq(tokenHash))
			.fetchOptional(ContactLinkRepository::toLink);
	}

	/**
	 * Uses the link in one statement, so two clicks at the same moment cannot both sign
	 * in; empty when it is used, expired or belongs to another store.
	 */
	Optional<StoredLink> spend(String tokenHash, String slug, OffsetDateTime now) {
		return this.db.update(CONTACT_LINK)
			.set(CONTACT_LINK.USED_AT, now)
			.from(COMPANY)
			.where(CONTACT_LINK.TOKEN_HASH.eq(tokenHash)
				.and(CONTACT_LINK.USED_AT.isNull())
				.and(CONTACT_LINK.EXPIRES_AT.gt(now))
				.and(COMPANY.ID.eq(CONTACT_LINK.COMPANY_ID))
				.and(COMPANY.SLUG.eq(slug)))
			.returningResult(CONTACT_LINK.asterisk(), COMPANY.NAME, COMPANY.SLUG)
			.fetchOptional()
			.map(ContactLinkRepository::toLink);
	}

	private static StoredLink toLink(Record row) {
		return new StoredLink(row.get(CONTACT_LINK.CONTACT_ID), row.get(CONTACT_LINK.CUSTOMER_ID),
				new Store(row.get(CONTACT_LINK.COMPANY_ID), row.get(COMPANY.NAME), row.get(COMPANY.SLUG)),
				row.get(CONTACT_LINK.EMAIL), row.get(CONTACT_LINK.NAME),
				LinkPurpose.valueOf(row.get(CONTACT_LINK.PURPOSE)), row.get(CONTACT_LINK.EXPIRES_AT),
				row.get(CONTACT_LINK.USED_AT));
	}

}
