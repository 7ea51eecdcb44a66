package app.distribu.catalog.store;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.catalog.db.Tables.STORE;

@Repository
public class StoreRepository {

	private final DSLContext db;

	StoreRepository(DSLContext db) {
		this.db = db;
	}

	/** Slugs are case-sensitive in the URL: an exact match only. */
	public Optional<Store> findBySlug(String slug) {
		return this.db.selectFrom(STORE).where(STORE.SLUG.eq(slug)).fetchOptional(this::toStore);
	}

	public Optional<Store> findByCompany(UUID companyId) {
		return this.db.selectFrom(STORE).where(STORE.COMPANY_ID.eq(companyId)).fetchOptional(this::toStore);
	}

	void save(Store store) {
		this.db.insertInto(STORE)
			.set(STORE.COMPANY_ID, store.companyId())
			.set(STORE.SLUG, store.slug())
			.set(STORE.NAME, store.name())
			.set(STORE.CURRENCY, store.currency())
			.onConflict(STORE.COMPANY_ID)
			.doUpdate()
			.set(STORE.SLUG, store.slug())
			.set(STORE.NAME, store.name())
			.set(STORE.CURRENCY, store.currency())
			.execute();
	}

	private Store toStore(app.distribu.catalog.db.tables.records.StoreRecord row) {
		return new Store(row.getCompanyId(), row.getSlug(), row.getName(), row.getCurrency());
	}

}
