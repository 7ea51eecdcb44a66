package app.distribu.identity.account;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.identity.db.Tables.APP_USER;
import static app.distribu.identity.db.Tables.COMPANY;
import static org.jooq.impl.DSL.lower;

@Repository
class AccountRepository {

	static final String DEFAULT_CURRENCY = "USD";

	private final DSLContext db;

	AccountRepository(DSLContext db) {
		this.db = db;
	}

	boolean slugTaken(String slug) {
		return this.db.fetchExists(COMPANY, lower(COMPANY.SLUG).eq(slug.toLowerCase()));
	}

	void insertCompany(UUID id, String name, String slug) {
		this.db.insertInto(COMPANY)
			.set(COMPANY.ID, id)
			.set(COMPANY.NAME, name)
			.set(COMPANY.SLUG, slug)
			.set(COMPANY.CURRENCY, DEFAULT_CURRENCY)
			.execute();
	}

	Optional<Credentials> credentials(String email) {
		return this.db.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.NAME, APP_USER.PASSWORD_HASH, APP_USER.SUPPORT)
			.from(APP_USER)
			.where(lower(APP_USER.EMAIL).eq(email.trim().toLowerCase()))
			.fetchOptional(
					(row) -> new Credentials(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()));
	}

}
