package app.distribu.catalog.store;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import app.distribu.platform.companies.CompanyProfile;
import app.distribu.platform.companies.CompanyReadModel;

import static app.distribu.catalog.db.Tables.STORE;

/**
 * The stores of identity's companies, kept in step by the platform's company listener.
 */
@Repository
public class StoreRepository implements CompanyReadModel {

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

	@Override
	public String consumerName() {
		return "catalog-stores";
	}

	@Override
	public void save(CompanyProfile company) {
		save(new Store(company.companyId(), company.slug(), company.name(), company.currency()));
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
