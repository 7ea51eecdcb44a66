package app.distribu.customer.store;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import app.distribu.platform.companies.CompanyProfile;
import app.distribu.platform.companies.CompanyReadModel;

import static app.distribu.customer.db.Tables.STORE;

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
		return this.db.selectFrom(STORE)
			.where(STORE.SLUG.eq(slug))
			.fetchOptional((row) -> new Store(row.getCompanyId(), row.getSlug(), row.getName()));
	}

	public Optional<Store> findByCompany(UUID companyId) {
		return this.db.selectFrom(STORE)
			.where(STORE.COMPANY_ID.eq(companyId))
			.fetchOptional((row) -> new Store(row.getCompanyId(), row.getSlug(), row.getName()));
	}

	@Override
	public String consumerName() {
		return "customer-stores";
	}

	@Override
	public void save(CompanyProfile company) {
		save(new Store(company.companyId(), company.slug(), company.name()));
	}

	void save(Store store) {
		this.db.insertInto(STORE)
			.set(STORE.COMPANY_ID, store.companyId())
			.set(STORE.SLUG, store.slug())
			.set(STORE.NAME, store.name())
			.onConflict(STORE.COMPANY_ID)
			.doUpdate()
			.set(STORE.SLUG, store.slug())
			.set(STORE.NAME, store.name())
			.execute();
	}

}
