package app.distribu.identity.sso;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import static app.distribu.identity.db.Tables.SSO_IDENTITY;
import static app.distribu.identity.db.Tables.SSO_PENDING_LINK;

@Repository
class SsoLinkRepository {

	private final DSLContext db;

	SsoLinkRepository(DSLContext db) {
		this.db = db;
	}

	Optional<UUID> linkedUser(UUID companyId, String issuer, String subject) {
		return this.db.select(SSO_IDENTITY.USER_ID)
			.from(SSO_IDENTITY)
			.where(SSO_IDENTITY.COMPANY_ID.eq(companyId)
				.and(SSO_IDENTITY.ISSUER.eq(issuer))
				.and(SSO_IDENTITY.SUBJECT.eq(subject)))
			.fetchOptional(SSO_IDENTITY.USER_ID);
	}

	void link(UUID companyId, String issuer, String subject, UUID userId, Instant now) {
		this.db.insertInto(SSO_IDENTITY)
			.set(SSO_IDENTITY.COMPANY_ID, companyId)
			.set(SSO_IDENTITY.ISSUER, issuer)
			.set(SSO_IDENTITY.SUBJECT, subject)
			.set(SSO_IDENTITY.USER_ID, userId)
			.set(SSO_IDENTITY.LINKED_AT, utc(now))
			.onConflictDoNothing()
			.execute();
	}

	void insertPending(String tokenHash, UUID companyId, ProviderIdentity identity, UUID userId, Instant expiresAt) {
		this.db.insertInto(SSO_PENDING_LINK)
			.set(SSO_PENDING_LINK.TOKEN_HASH, tokenHash)
			.set(SSO_PENDING_LINK.COMPANY_ID, companyId)
			.set(SSO_PENDING_LINK.ISSUER, identity.issuer())
			.set(SSO_PENDING_LINK.SUBJECT, identity.subject())
			.set(SSO_PENDING_LINK.USER_ID, userId)
			.set(SSO_PENDING_LINK.EXPIRES_AT, utc(expiresAt))
			.execute();
	}

	Optional<PendingLink> pending(String tokenHash, Instant now) {
		return find(SSO_PENDING_LINK.TOKEN_HASH.eq(tokenHash), now);
	}

	Optional<PendingLink> pendingByMail(String mailTokenHash, Instant now) {
		return find(SSO_PENDING_LINK.MAIL_TOKEN_HASH.eq(mailTokenHash), now);
	}

	void setMailToken(String tokenHash, String mailTokenHash) {
		this.db.update(SSO_PENDING_LINK)
			.set(SSO_PENDING_LINK.MAIL_TOKEN_HASH, mailTokenHash)
			.set(SSO_PENDING_LINK.MAILS_SENT, SSO_PENDING_LINK.MAILS_SENT.plus(1))
			.where(SSO_PENDING_LINK.TOKEN_HASH.eq(tokenHash))
			.execute();
	}

	/**
	 * Confirmation mails sent to the user for confirmations still open (they last 30
	 * minutes).
	 */
	int mailsOpen(UUID userId, Instant now) {
		Integer sent = this.db.select(DSL.sum(SSO_PENDING_LINK.MAILS_SENT).cast(Integer.class))
			.from(SSO_PENDING_LINK)
			.where(SSO_PENDING_LINK.USER_ID.eq(userId).and(SSO_PENDING_LINK.EXPIRES_AT.gt(utc(now))))
			.fetchOne(0, Integer.class);
		return (sent != null) ? sent : 0;
	}

	/** Spends the pending link in one statement, so it confirms exactly once. */
	boolean spend(String tokenHash, Instant now) {
		return this.db.deleteFrom(SSO_PENDING_LINK)
			.where(SSO_PENDING_LINK.TOKEN_HASH.eq(tokenHash).and(SSO_PENDING_LINK.EXPIRES_AT.gt(utc(now))))
			.execute() == 1;
	}

	void purgeBefore(Instant now) {
		this.db.deleteFrom(SSO_PENDING_LINK).where(SSO_PENDING_LINK.EXPIRES_AT.lt(utc(now))).execute();
	}

	private Optional<PendingLink> find(Condition which, Instant now) {
		return this.db
			.select(SSO_PENDING_LINK.TOKEN_HASH, SSO_PENDING_LINK.COMPANY_ID, SSO_PENDING_LINK.ISSUER,
					SSO_PENDING_LINK.SUBJECT, SSO_PENDING_LINK.USER_ID)
			.from(SSO_PENDING_LINK)
			.where(which.and(SSO_PENDING_LINK.EXPIRES_AT.gt(utc(now))))
			.fetchOptional(
					(row) -> new PendingLink(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
