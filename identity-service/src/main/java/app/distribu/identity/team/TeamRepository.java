package app.distribu.identity.team;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import app.distribu.platform.security.Role;

import static app.distribu.identity.db.Tables.APP_USER;
import static app.distribu.identity.db.Tables.MEMBERSHIP;
import static org.jooq.impl.DSL.lower;

/** Memberships and the users behind them; every query names the company. */
@Repository
class TeamRepository {

	private final DSLContext db;

	TeamRepository(DSLContext db) {
		this.db = db;
	}

	List<Member> members(UUID companyId) {
		return this.db.select(APP_USER.ID, APP_USER.NAME, APP_USER.EMAIL, MEMBERSHIP.ROLE, MEMBERSHIP.CREATED_AT)
			.from(MEMBERSHIP)
			.join(APP_USER)
			.on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
			.where(MEMBERSHIP.COMPANY_ID.eq(companyId))
			.orderBy(MEMBERSHIP.CREATED_AT, APP_USER.ID)
			.fetch((row) -> new Member(row.value1(), row.value2(), row.value3(), Role.valueOf(row.value4()),
					row.value5()));
	}

	/**
	 * The company's roles, locked until the transaction ends, so two owners demoting each
	 * other at once cannot leave the company without one.
	 */
	List<Role> lockRoles(UUID companyId) {
		return this.db.select(MEMBERSHIP.ROLE)
			.from(MEMBERSHIP)
			.where(MEMBERSHIP.COMPANY_ID.eq(companyId))
			.forUpdate()
			.fetch((row) -> Role.valueOf(row.value1()));
	}

	Optional<Role> role(UUID companyId, UUID userId) {
		return this.db.select(MEMBERSHIP.ROLE)
			.from(MEMBERSHIP)
			.where(MEMBERSHIP.COMPANY_ID.eq(companyId).and(MEMBERSHIP.USER_ID.eq(userId)))
			.fetchOptional((row) -> Role.valueOf(row.value1()));
	}

	void changeRole(UUID companyId, UUID userId, Role role) {
		this.db.update(MEMBERSHIP)
			.set(MEMBERSHIP.ROLE, role.name())
			.where(MEMBERSHIP.COMPANY_ID.eq(companyId).and(MEMBERSHIP.USER_ID.eq(userId)))
			.execute();
	}

	void remove(UUID companyId, UUID userId) {
		this.db.deleteFrom(MEMBERSHIP)
			.where(MEMBERSHIP.COMPANY_ID.eq(companyId).and(MEMBERSHIP.USER_ID.eq(userId)))
			.execute();
	}

	boolean isMember(UUID companyId, String email) {
		return this.db.fetchExists(this.db.selectOne()
			.from(MEMBERSHIP)
			.join(APP_USER)
			.on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
			.where(MEMBERSHIP.COMPANY_ID.eq(companyId).and(lower(APP_USER.EMAIL).eq(email.toLowerCase()))));
	}

	Optional<String> email(UUID userId) {
		return this.db.select(APP_USER.EMAIL)
			.from(APP_USER)
			.where(APP_USER.ID.eq(userId))
			.fetchOptional(APP_USER.EMAIL);
	}

}
