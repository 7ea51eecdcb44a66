package app.distribu.identity.recovery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.identity.db.Tables.APP_USER;
import static app.distribu.identity.db.Tables.PASSWORD_RESET_TOKEN;
import static org.jooq.impl.DSL.lower;

@Repository
class ResetRepository {

	private final DSLContext db;

	ResetRepository(DSLContext db) {
		this.db = db;
	}

	Optional<Recipient> userByEmail(String email) {
		return this.db.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.NAME)
			.from(APP_USER)
			.where(lower(APP_USER.EMAIL).eq(email.trim().toLowerCase()))
			.fetchOptional((row) -> new Recipient(row.value1(), row.value2(), row.value3()));
	}

	Optional<Recipient> user(UUID userId) {
		return this.db.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.NAME)
			.from(APP_USER)
			.where(APP_USER.ID.eq(userId))
			.fetchOptional((row) -> new Recipient(row.value1(), row.value2(), row.value3()));
	}

	void insert(String tokenHash, UUID userId, UUID issuedBy, Instant now, Instant expiresAt) {
		this.db.insertInto(PASSWORD_RESET_TOKEN)
			.set(PASSWORD_RESET_TOKEN.TOKEN_HASH, tokenHash)
			.set(PASSWORD_RESET_TOKEN.USER_ID, userId)
			.set(PASSWORD_RESET_TOKEN.ISSUED_BY, issuedBy)
			.set(PASSWORD_RESET_TOKEN.CREATED_AT, utc(now))
			.set(PASSWORD_RESET_TOKEN.EXPIRES_AT, utc(expiresAt))
			.execute();
	}

	int issuedSince(UUID userId, Instant since) {
		return this.db.fetchCount(PASSWORD_RESET_TOKEN,
				PASSWORD_RESET_TOKEN.USER_ID.eq(userId).and(PASSWORD_RESET_TOKEN.CREATED_AT.gt(utc(since))));
	}

	boolean usable(String tokenHash, Instant now) {
		return this.db.fetchExists(PASSWORD_RESET_TOKEN,
				PASSWORD_RESET_TOKEN.TOKEN_HASH.eq(tokenHash)
					.and(PASSWORD_RESET_TOKEN.USED_AT.isNull())
					.and(PASSWORD_RESET_TOKEN.EXPIRES_AT.gt(utc(now))));
	}

	/**
	 * Spends the token in one statement, so two requests with the same link cannot both
	 * succeed.
	 */
	Optional<UUID> spend(String tokenHash, Instant now) {
		return this.db.update(PASSWORD_RESET_TOKEN)
			.set(PASSWORD_RESET_TOKEN.USED_AT, utc(now))
			.where(PASSWORD_RESET_TOKEN.TOKEN_HASH.eq(tokenHash)
				.and(PASSWORD_RESET_TOKEN.USED_AT.isNull())
				.and(PASSWORD_RESET_TOKEN.EXPIRES_AT.gt(utc(now))))
			.returning(PASSWORD_RESET_TOKEN.USER_ID)
			.fetchOptional(PASSWORD_RESET_TOKEN.USER_ID);
	}

	void spendOthers(UUID userId, Instant now) {
		this.db.update(PASSWORD_RESET_TOKEN)
			.set(PASSWORD_RESET_TOKEN.USED_AT, utc(now))
			.where(PASSWORD_RESET_TOKEN.USER_ID.eq(userId).and(PASSWORD_RESET_TOKEN.USED_AT.isNull()))
			.execute();
	}

	void setPasswordHash(UUID userId, String passwordHash) {
		this.db.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).where(APP_USER.ID.eq(userId)).execute();
	}

	record Recipient(UUID userId, String email, String name) {

	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
