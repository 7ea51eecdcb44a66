package app.distribu.identity.account;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record7;
import org.jooq.SelectOnConditionStep;

import org.springframework.stereotype.Repository;

import app.distribu.identity.token.UserSession;
import app.distribu.platform.security.Role;

import static app.distribu.identity.db.Tables.APP_USER;
import static app.distribu.identity.db.Tables.COMPANY;
import static app.distribu.identity.db.Tables.MEMBERSHIP;
import static org.jooq.impl.DSL.lower;

/**
 * Users and memberships as every way in needs them (sign-up, sign-in, invites, company
 * switch, SSO): one place for the SQL that turns a membership into a session.
 */
@Repository
public class Users {

	private final DSLContext db;

	Users(DSLContext db) {
		this.db = db;
	}

	/** Emails compare case-insensitively. */
	public boolean emailTaken(String email) {
		return this.db.fetchExists(APP_USER, lower(APP_USER.EMAIL).eq(email.trim().toLowerCase()));
	}

	public void insertUser(UUID id, String email, String name, String passwordHash) {
		this.db.insertInto(APP_USER)
			.set(APP_USER.ID, id)
			.set(APP_USER.EMAIL, email)
			.set(APP_USER.NAME, name)
			.set(APP_USER.PASSWORD_HASH, passwordHash)
			.execute();
	}

	/**
	 * Adds the membership unless the user already has one in the company (who keeps their
	 * role).
	 */
	public void join(UUID userId, UUID companyId, Role role) {
		this.db.insertInto(MEMBERSHIP)
			.set(MEMBERSHIP.USER_ID, userId)
			.set(MEMBERSHIP.COMPANY_ID, companyId)
			.set(MEMBERSHIP.ROLE, role.name())
			.onConflictDoNothing()
			.execute();
	}

	/** The user acting in the company, if they are a member of it. */
	public Optional<UserSession> session(UUID userId, UUID companyId) {
		return memberships().where(MEMBERSHIP.USER_ID.eq(userId).and(MEMBERSHIP.COMPANY_ID.eq(companyId)))
			.fetchOptional(Users::toSession);
	}

	/**
	 * Sign-in starts in the user's oldest membership; the switcher moves on from there.
	 */
	public Optional<UserSession> firstSession(UUID userId) {
		return memberships().where(MEMBERSHIP.USER_ID.eq(userId))
			.orderBy(MEMBERSHIP.CREATED_AT, COMPANY.ID)
			.limit(1)
			.fetchOptional(Users::toSession);
	}

	private SelectOnConditionStep<Record7<UUID, String, String, UUID, String, String, String>> memberships() {
		return this.db
			.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.NAME, COMPANY.ID, COMPANY.NAME, COMPANY.SLUG, MEMBERSHIP.ROLE)
			.from(MEMBERSHIP)
			.join(APP_USER)
			.on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
			.join(COMPANY)
			.on(COMPANY.ID.eq(MEMBERSHIP.COMPANY_ID));
	}

	private static UserSession toSession(Record7<UUID, String, String, UUID, String, String, String> row) {
		return new UserSession(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6(),
				Role.valueOf(row.value7()));
	}

}
