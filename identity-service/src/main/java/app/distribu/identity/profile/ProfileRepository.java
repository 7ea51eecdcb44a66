package app.distribu.identity.profile;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.identity.db.Tables.APP_USER;
import static app.distribu.identity.db.Tables.EMAIL_CHANGE_TOKEN;
import static app.distribu.identity.db.Tables.PASSWORD_RESET_TOKEN;
import static org.jooq.impl.DSL.lower;

@Repository
class ProfileRepository {

	private final DSLContext db;

	ProfileRepository(DSLContext db) {
		this.db = db;
	}

	Optional<Profile> find(UUID userId) {
		return this.db.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.NAME, APP_USER.PASSWORD_HASH)
			.from(APP_USER)
			.where(APP_USER.ID.eq(userId))
			.fetchOptional((row) -> new Profile(row.value1(), row.value2(), row.value3(), row.value4()));
	}

	boolean emailTaken(String email) {
		return this.db.fetchExists(APP_USER, lower(APP_USER.EMAIL).eq(email.toLowerCase()));
	}

	void setName(UUID userId, String name) {
		this.db.update(APP_USER).set(APP_USER.NAME, name).where(APP_USER.ID.eq(userId)).execute();
	}

	void setPasswordHash(UUID userId, String passwordHash) {
		this.db.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).where(APP_USER.ID.eq(userId)).execute();
	}

	void setEmail(UUID userId, String email) {
		this.db.update(APP_USER).set(APP_USER.EMAIL, email).where(APP_USER.ID.eq(userId)).execute();
	}

	/** A new password makes reset links mailed earlier pointless, and risky if leaked. */
	void spendPasswordResets(UUID userId, Instant now) {
		this.db.update(PASSWORD_RESET_TOKEN)
			.set(PASSWORD_RESET_TOKEN.USED_AT, utc(now))
			.where(PASSWORD_RESET_TOKEN.USER_ID.eq(userId).and(PASSWORD_RESET_TOKEN.USED_AT.isNull()))
			.execute();
	}

	void insertEmailChange(String tokenHash, UUID userId, String newEmail, Instant now, Instant expiresAt) {
		this.db.insertInto(EMAIL_CHANGE_TOKEN)
			.set(EMAIL_CHANGE_TOKEN.TOKEN_HASH, tokenHash)
			.set(EMAIL_CHANGE_TOKEN.USER_ID, userId)
			.set(EMAIL_CHANGE_TOKEN.NEW_EMAIL, newEmail)
			.set(EMAIL_CHANGE_TOKEN.CREATED_AT, utc(now))
			.set(EMAIL_CHANGE_TOKEN.EXPIRES_AT, utc(expiresAt))
			.execute();
	}

	/** Only the latest request counts: asking again replaces an earlier link. */
	void spendEmailChanges(UUID userId, Instant now) {
		this.db.update(EMAIL_CHANGE_TOKEN)
			.set(EMAIL_CHANGE_TOKEN.USED_AT, utc(now))
			.where(EMAIL_CHANGE_TOKEN.USER_ID.eq(userId).and(EMAIL_CHANGE_TOKEN.USED_AT.isNull()))
			.execute();
	}

	Optional<String> pendingEmail(String tokenHash, Instant now) {
		return this.db.select(EMAIL_CHANGE_TOKEN.NEW_EMAIL)
			.from(EMAIL_CHANGE_TOKEN)
			.where(usable(tokenHash, now))
			.fetchOptional(EMAIL_CHANGE_TOKEN.NEW_EMAIL);
	}

	/** Spends the link in one statement, so it works exactly once. */
	Optional<EmailChange> spendEmailChange(String tokenHash, Instant now) {
		return this.db.update(EMAIL_CHANGE_TOKEN)
			.set(EMAIL_CHANGE_TOKEN.USED_AT, utc(now))
			.where(usable(tokenHash, now))
			.returning(EMAIL_CHANGE_TOKEN.USER_ID, EMAIL_CHANGE_TOKEN.NEW_EMAIL)
			.fetchOptional((row) -> new EmailChange(row.getUserId(), row.getNewEmail()));
	}

	private static Condition usable(String tokenHash, Instant now) {
		return EMAIL_CHANGE_TOKEN.TOKEN_HASH.eq(tokenHash)
			.and(EMAIL_CHANGE_TOKEN.USED_AT.isNull())
			.and(EMAIL_CHANGE_TOKEN.EXPIRES_AT.gt(utc(now)));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	record EmailChange(UUID userId, String newEmail) {

	}

}
