package app.distribu.platform.companies;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service's copy of identity's companies, in its own {@code store} table
 * ({@code company_id} key, unique {@code slug}, {@code name}, {@code currency}), kept in
 * step by {@link CompanyEventsListener}.
 */
public class Stores {

	private static final String COLUMNS = "select company_id, slug, name, currency from store ";

	private final JdbcClient jdbc;

	Stores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Slugs are case-sensitive in the URL: an exact match only. */
	public Optional<Store> findBySlug(String slug) {
		return this.jdbc.sql(COLUMNS + "where slug = ?").param(slug).query(Stores::toStore).optional();
	}

	public Optional<Store> findByCompany(UUID companyId) {
		return this.jdbc.sql(COLUMNS + "where company_id = ?").param(companyId).query(Stores::toStore).optional();
	}

	void save(Store store) {
		this.jdbc.sql("""
				insert into store (company_id, slug, name, currency) values (?, ?, ?, ?)
				on conflict (company_id) do update set slug = excluded.slug, name = excluded.name,
				    currency = excluded.currency""")
			.params(store.companyId(), store.slug(), store.name(), store.currency())
			.update();
	}

	private static Store toStore(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		return new Store(row.getObject("company_id", UUID.class), row.getString("slug"), row.getString("name"),
				row.getString("currency"));
	}

}
