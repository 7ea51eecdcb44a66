package app.distribu.identity.storefront;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;

import org.springframework.stereotype.Repository;

import static app.distribu.identity.db.Tables.COMPANY;
import static app.distribu.identity.db.Tables.STORE_DOMAIN;
import static app.distribu.identity.db.Tables.STORE_LOGO;

@Repository
class StoreSettingsRepository {

	private final DSLContext db;

	StoreSettingsRepository(DSLContext db) {
		this.db = db;
	}

	Optional<Store> store(UUID companyId) {
		return this.db.select(COMPANY.ID, COMPANY.NAME, COMPANY.SLUG, COMPANY.CURRENCY, STORE_LOGO.ETAG)
			.from(COMPANY)
			.leftJoin(STORE_LOGO)
			.on(STORE_LOGO.COMPANY_ID.eq(COMPANY.ID))
			.where(COMPANY.ID.eq(companyId))
			.fetchOptional(
					(row) -> new Store(row.value1(), row.value2(), row.value3(), row.value4(), row.value5() != null));
	}

	void rename(UUID companyId, String name) {
		this.db.update(COMPANY).set(COMPANY.NAME, name).where(COMPANY.ID.eq(companyId)).execute();
	}

	void saveLogo(UUID companyId, String contentType, byte[] bytes, String etag) {
		this.db.insertInto(STORE_LOGO)
			.set(STORE_LOGO.COMPANY_ID, companyId)
			.set(STORE_LOGO.CONTENT_TYPE, contentType)
			.set(STORE_LOGO.BYTES, bytes)
			.set(STORE_LOGO.ETAG, etag)
			.onConflict(STORE_LOGO.COMPANY_ID)
			.doUpdate()
			.set(STORE_LOGO.CONTENT_TYPE, contentType)
			.set(STORE_LOGO.BYTES, bytes)
			.set(STORE_LOGO.ETAG, etag)
			.set(STORE_LOGO.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
			.execute();
	}

	void deleteLogo(UUID companyId) {
		this.db.deleteFrom(STORE_LOGO).where(STORE_LOGO.COMPANY_ID.eq(companyId)).execute();
	}

	/** The store's name, and its logo when it has one; empty for an unknown slug. */
	Optional<LogoSource> logo(String slug) {
		return this.db.select(COMPANY.NAME, STORE_LOGO.CONTENT_TYPE, STORE_LOGO.BYTES, STORE_LOGO.ETAG)
			.from(COMPANY)
			.leftJoin(STORE_LOGO)
			.on(STORE_LOGO.COMPANY_ID.eq(COMPANY.ID))
			.where(COMPANY.SLUG.eq(slug))
			.fetchOptional((row) -> new LogoSource(row.value1(), row.value2(), row.value3(), row.value4()));
	}

	List<StoreDomain> domains(UUID companyId) {
		return this.db.selectFrom(STORE_DOMAIN)
			.where(STORE_DOMAIN.COMPANY_ID.eq(companyId))
			.orderBy(STORE_DOMAIN.CREATED_AT, STORE_DOMAIN.HOST)
			.fetch(this::toDomain);
	}

	Optional<StoreDomain> domain(UUID companyId, UUID id) {
		return this.db.selectFrom(STORE_DOMAIN)
			.where(STORE_DOMAIN.COMPANY_ID.eq(companyId).and(STORE_DOMAIN.ID.eq(id)))
			.fetchOptional(this::toDomain);
	}

	/** Adds the domain, or leaves the company's existing entry for it as it is. */
	void addDomain(UUID id, UUID companyId, String host, String token) {
		this.db.insertInto(STORE_DOMAIN)
			.set(STORE_DOMAIN.ID, id)
			.set(STORE_DOMAIN.COMPANY_ID, companyId)
			.set(STORE_DOMAIN.HOST, host)
			.set(STORE_DOMAIN.TOKEN, token)
			.onConflictDoNothing()
			.execute();
	}

	int countDomains(UUID companyId) {
		return this.db.fetchCount(STORE_DOMAIN, STORE_DOMAIN.COMPANY_ID.eq(companyId));
	}

	boolean verifiedElsewhere(String host, UUID companyId) {
		return this.db.fetchExists(STORE_DOMAIN,
				STORE_DOMAIN.HOST.eq(host)
					.and(STORE_DOMAIN.VERIFIED_AT.isNotNull())
					.and(STORE_DOMAIN.COMPANY_ID.ne(companyId)));
	}

	/**
	 * Records a check. Marking it verified fails with a duplicate key when another
	 * company verified the host first (unique index on verified hosts).
	 */
	void checked(UUID id, Instant at, boolean verified, String problem) {
		OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
		var update = this.db.update(STORE_DOMAIN)
			.set(STORE_DOMAIN.LAST_CHECKED_AT, when)
			.set(STORE_DOMAIN.LAST_PROBLEM, problem);
		if (verified) {
			update = update.set(STORE_DOMAIN.VERIFIED_AT, when);
		}
		update.where(STORE_DOMAIN.ID.eq(id)).execute();
	}

	void deleteDomain(UUID companyId, UUID id) {
		this.db.deleteFrom(STORE_DOMAIN)
			.where(STORE_DOMAIN.COMPANY_ID.eq(companyId).and(STORE_DOMAIN.ID.eq(id)))
			.execute();
	}

	/** The slug of the store a verified domain shows. */
	Optional<String> slugOfVerifiedHost(String host) {
		return this.db.select(COMPANY.SLUG)
			.from(STORE_DOMAIN)
			.join(COMPANY)
			.on(COMPANY.ID.eq(STORE_DOMAIN.COMPANY_ID))
			.where(STORE_DOMAIN.HOST.eq(host).and(STORE_DOMAIN.VERIFIED_AT.isNotNull()))
			.fetchOptional(COMPANY.SLUG);
	}

	private StoreDomain toDomain(Record row) {
		return new StoreDomain(row.get(STORE_DOMAIN.ID), row.get(STORE_DOMAIN.HOST), row.get(STORE_DOMAIN.TOKEN),
				instant(row.get(STORE_DOMAIN.CREATED_AT)), instant(row.get(STORE_DOMAIN.VERIFIED_AT)),
				instant(row.get(STORE_DOMAIN.LAST_CHECKED_AT)), row.get(STORE_DOMAIN.LAST_PROBLEM));
	}

	private static Instant instant(OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

	/** The company as the settings page shows it. */
	record Store(UUID companyId, String name, String slug, String currency, boolean hasLogo) {
	}

	/** A store's name and its uploaded logo, if any. */
	record LogoSource(String storeName, String contentType, byte[] bytes, String etag) {

		boolean uploaded() {
			return this.bytes != null;
		}

	}

}
