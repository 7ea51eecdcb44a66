package app.distribu.identity.account;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import app.distribu.identity.token.UserSession;
import app.distribu.platform.security.Role;

import static app.distribu.identity.db.Tables.APP_USER;
import static app.distribu.identity.db.Tables.COMPANY;
import static app.distribu.identity.db.Tables.MEMBERSHIP;
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

	boolean emailTaken(String email) {
		return this.db.fetchExists(APP_USER, lower(APP_USER.EMAIL).eq(email.toLowerCase()));
	}

	void insertCompany(UUID id, String name, String slug) {
		this.db.insertInto(COMPANY)
			.set(COMPANY.ID, id)
			.set(COMPANY.NAME, name)
			.set(COMPANY.SLUG, slug)
			.set(COMPANY.CURRENCY, DEFAULT_CURRENCY)
			.execute();
	}

	void insertUser(UUID id, String email, String name, String passwordHash) {
		this.db.insertInto(APP_USER)
			.set(APP_USER.ID, id)
			.set(APP_USER.EMAIL, email)
			.set(APP_USER.NAME, name)
			.set(APP_USER.PASSWORD_HASH, passwordHash)
			.execute();
	}

	void insertMembership(UUID userId, UUID companyId, Role role) {
		this.db.insertInto(MEMBERSHIP)
			.set(MEMBERSHIP.USER_ID, userId)
			.set(MEMBERSHIP.COMPANY_ID, companyId)
			.set(MEMBERSHIP.ROLE, role.name())
			.execute();
	}

	Optional<Credentials> credentials(String email) {
		return this.db.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.NAME, APP_USER.PASSWORD_HASH, APP_USER.SUPPORT)
			.from(APP_USER)
			.where(lower(APP_USER.EMAIL).eq(email.trim().toLowerCase()))
			.fetchOptional(
					(row) -> new Credentials(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()));
	}

	/** The user's first membership: sessions start there until the switcher exists. */
	Optional<UserSession> firstSession(UUID userId) {
		return this.db
			.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.NAME, COMPANY.ID, COMPANY.NAME, COMPANY.SLUG, MEMBERSHIP.ROLE)
			.from(MEMBERSHIP)
			.join(APP_USER)
			.on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
			.join(COMPANY)
			.on(COMPANY.ID.eq(MEMBERSHIP.COMPANY_ID))
			.where(MEMBERSHIP.USER_ID.eq(userId))
			.orderBy(MEMBERSHIP.CREATED_AT, COMPANY.ID)
			.limit(1)
			.fetchOptional((row) -> new UserSession(row.value1(), row.value2(), row.value3(), row.value4(),
					row.value5(), row.value6(), Role.valueOf(row.value7())));
	}

}
