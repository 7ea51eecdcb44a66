package app.distribu.identity.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.identity.db.Tables.PENDING_SIGN_IN;

@Repository
class PendingSignInRepository {

	private final DSLContext db;

	PendingSignInRepository(DSLContext db) {
		this.db = db;
	}

	/** One pending sign-in per user: a new password sign-in replaces the older one. */
	void replace(String tokenHash, UUID userId, Instant expiresAt, Instant now) {
		this.db.deleteFrom(PENDING_SIGN_IN)
			.where(PENDING_SIGN_IN.USER_ID.eq(userId).or(PENDING_SIGN_IN.EXPIRES_AT.lt(utc(now))))
			.execute();
		this.db.insertInto(PENDING_SIGN_IN)
			.set(PENDING_SIGN_IN.TOKEN_HASH, tokenHash)
			.set(PENDING_SIGN_IN.USER_ID, userId)
			.set(PENDING_SIGN_IN.EXPIRES_AT, utc(expiresAt))
			.execute();
	}

	Optional<UUID> user(String tokenHash, Instant now) {
		return this.db.select(PENDING_SIGN_IN.USER_ID)
			.from(PENDING_SIGN_IN)
			.where(PENDING_SIGN_IN.TOKEN_HASH.eq(tokenHash).and(PENDING_SIGN_IN.EXPIRES_AT.gt(utc(now))))
			.fetchOptional(PENDING_SIGN_IN.USER_ID);
	}

	/** Spends it in one statement, so one password sign-in yields one session. */
	Optional<UUID> spend(String tokenHash, Instant now) {
		return this.db.deleteFrom(PENDING_SIGN_IN)
			.where(PENDING_SIGN_IN.TOKEN_HASH.eq(tokenHash).and(PENDING_SIGN_IN.EXPIRES_AT.gt(utc(now))))
			.returning(PENDING_SIGN_IN.USER_ID)
			.fetchOptional(PENDING_SIGN_IN.USER_ID);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
