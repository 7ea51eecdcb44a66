package app.distribu.identity.support;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.identity.db.Tables.APP_USER;
import static app.distribu.identity.db.Tables.MEMBERSHIP;
import static org.jooq.impl.DSL.lower;

/** Write side of the console and of the support account seed. */
@Repository
class SupportRepository {

	private final DSLContext db;

	SupportRepository(DSLContext db) {
		this.db = db;
	}

	Optional<UUID> userIdByEmail(String email) {
		return this.db.select(APP_USER.ID)
			.from(APP_USER)
			.where(lower(APP_USER.EMAIL).eq(email.trim().toLowerCase()))
			.fetchOptional(APP_USER.ID);
	}

	boolean emailTakenByAnother(String email, UUID userId) {
		return this.db.fetchExists(APP_USER, lower(APP_USER.EMAIL).eq(email.toLowerCase()).and(APP_USER.ID.ne(userId)));
	}

	boolean hasMemberships(UUID userId) {
		return this.db.fetchExists(MEMBERSHIP, MEMBERSHIP.USER_ID.eq(userId));
	}

	void insertSupportUser(UUID id, String email, String name, String passwordHash) {
		this.db.insertInto(APP_USER)
			.set(APP_USER.ID, id)
			.set(APP_USER.EMAIL, email)
			.set(APP_USER.NAME, name)
			.set(APP_USER.PASSWORD_HASH, passwordHash)
			.set(APP_USER.SUPPORT, true)
			.execute();
	}

	void makeSupport(UUID id, String passwordHash) {
		this.db.update(APP_USER)
			.set(APP_USER.SUPPORT, true)
			.set(APP_USER.PASSWORD_HASH, passwordHash)
			.where(APP_USER.ID.eq(id))
			.execute();
	}

	/** The row locked for this transaction, so two agents cannot interleave changes. */
	Optional<String> lockEmail(UUID userId) {
		return this.db.select(APP_USER.EMAIL)
			.from(APP_USER)
			.where(APP_USER.ID.eq(userId))
			.forUpdate()
			.fetchOptional(APP_USER.EMAIL);
	}

	boolean isSupport(UUID userId) {
		return this.db.fetchExists(APP_USER, APP_USER.ID.eq(userId).and(APP_USER.SUPPORT.isTrue()));
	}

	void changeEmail(UUID userId, String email) {
		this.db.update(APP_USER).set(APP_USER.EMAIL, email).where(APP_USER.ID.eq(userId)).execute();
	}

	Optional<String> lockRole(UUID userId, UUID companyId) {
		return this.db.select(MEMBERSHIP.ROLE)
			.from(MEMBERSHIP)
			.where(MEMBERSHIP.USER_ID.eq(userId).and(MEMBERSHIP.COMPANY_ID.eq(companyId)))
			.forUpdate()
			.fetchOptional(MEMBERSHIP.ROLE);
	}

	void makeOwner(UUID userId, UUID companyId) {
		this.db.insertInto(MEMBERSHIP)
			.set(MEMBERSHIP.USER_ID, userId)
			.set(MEMBERSHIP.COMPANY_ID, companyId)
			.set(MEMBERSHIP.ROLE, "OWNER")
			.onConflict(MEMBERSHIP.USER_ID, MEMBERSHIP.COMPANY_ID)
			.doUpdate()
			.set(MEMBERSHIP.ROLE, "OWNER")
			.execute();
	}

}
