package app.distribu.identity.team;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import app.distribu.platform.security.Role;

import static app.distribu.identity.db.Tables.APP_USER;
import static app.distribu.identity.db.Tables.COMPANY;
import static app.distribu.identity.db.Tables.INVITE;
import static org.jooq.impl.DSL.lower;

@Repository
class InviteRepository {

	private final DSLContext db;

	InviteRepository(DSLContext db) {
		this.db = db;
	}

	void insert(UUID id, UUID companyId, String email, Role role, String tokenHash, UUID invitedBy, OffsetDateTime now,
			OffsetDateTime expiresAt) {
		this.db.insertInto(INVITE)
			.set(INVITE.ID, id)
			.set(INVITE.COMPANY_ID, companyId)
			.set(INVITE.EMAIL, email)
			.set(INVITE.ROLE, role.name())
			.set(INVITE.TOKEN_HASH, tokenHash)
			.set(INVITE.INVITED_BY, invitedBy)
			.set(INVITE.CREATED_AT, now)
			.set(INVITE.SENT_AT, now)
			.set(INVITE.EXPIRES_AT, expiresAt)
			.execute();
	}

	/**
	 * Open (neither accepted nor revoked) invites, expired ones included so they can be
	 * re-sent.
	 */
	List<PendingInvite> open(UUID companyId, OffsetDateTime now) {
		return this.db.select(INVITE.ID, INVITE.EMAIL, INVITE.ROLE, INVITE.SENT_AT, INVITE.EXPIRES_AT)
			.from(INVITE)
			.where(INVITE.COMPANY_ID.eq(companyId).and(INVITE.ACCEPTED_AT.isNull()).and(INVITE.REVOKED_AT.isNull()))
			.orderBy(INVITE.SENT_AT.desc(), INVITE.ID)
			.fetch((row) -> new PendingInvite(row.value1(), row.value2(), Role.valueOf(row.value3()), row.value4(),
					row.value5(), !row.value5().isAfter(now)));
	}

	Optional<PendingInvite> findOpen(UUID companyId, UUID id, OffsetDateTime now) {
		return open(companyId, now).stream().filter((invite) -> invite.id().equals(id)).findFirst();
	}

	Optional<UUID> openFor(UUID companyId, String email) {
		return this.db.select(INVITE.ID)
			.from(INVITE)
			.where(INVITE.COMPANY_ID.eq(companyId)
				.and(lower(INVITE.EMAIL).eq(email.toLowerCase()))
				.and(INVITE.ACCEPTED_AT.isNull())
				.and(INVITE.REVOKED_AT.isNull()))
			.fetchOptional(INVITE.ID);
	}

	/** A new token for the invite: the previous link stops working. */
	void renew(UUID companyId, UUID id, Role role, String tokenHash, UUID invitedBy, OffsetDateTime now,
			OffsetDateTime expiresAt) {
		this.db.update(INVITE)
			.set(INVITE.ROLE, role.name())
			.set(INVITE.TOKEN_HASH, tokenHash)
			.set(INVITE.INVITED_BY, invitedBy)
			.set(INVITE.SENT_AT, now)
			.set(INVITE.EXPIRES_AT, expiresAt)
			.where(INVITE.COMPANY_ID.eq(companyId).and(INVITE.ID.eq(id)))
			.execute();
	}

	boolean revoke(UUID companyId, UUID id, OffsetDateTime now) {
		return this.db.update(INVITE)
			.set(INVITE.REVOKED_AT, now)
			.where(INVITE.COMPANY_ID.eq(companyId)
				.and(INVITE.ID.eq(id))
				.and(INVITE.ACCEPTED_AT.isNull())
				.and(INVITE.REVOKED_AT.isNull()))
			.execute() == 1;
	}

	/** Looked up by the link's secret alone: the token is the credential, like a key. */
	Optional<OpenedInvite> findByToken(String tokenHash) {
		return this.db
			.select(INVITE.ID, INVITE.COMPANY_ID, COMPANY.NAME, INVITE.EMAIL, INVITE.ROLE, APP_USER.NAME,
					INVITE.EXPIRES_AT, INVITE.ACCEPTED_AT, INVITE.REVOKED_AT)
			.from(INVITE)
			.join(COMPANY)
			.on(COMPANY.ID.eq(INVITE.COMPANY_ID))
			.join(APP_USER)
			.on(APP_USER.ID.eq(INVITE.INVITED_BY))
			.where(INVITE.TOKEN_HASH.eq(tokenHash))
			.fetchOptional((row) -> new OpenedInvite(row.value1(), row.value2(), row.value3(), row.value4(),
					Role.valueOf(row.value5()), row.value6(), row.value7(), row.value8(), row.value9()));
	}

	/** Returns whether this call used the invite; a second use (or a race) gets false. */
	boolean markAccepted(UUID companyId, UUID id, OffsetDateTime now) {
		return this.db.update(INVITE)
			.set(INVITE.ACCEPTED_AT, now)
			.where(INVITE.COMPANY_ID.eq(companyId)
				.and(INVITE.ID.eq(id))
				.and(INVITE.ACCEPTED_AT.isNull())
				.and(INVITE.REVOKED_AT.isNull())
				.and(INVITE.EXPIRES_AT.gt(now)))
			.execute() == 1;
	}

}
