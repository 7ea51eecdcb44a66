package app.distribu.identity.twofactor;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import app.distribu.platform.secrets.SecretBox;

import static app.distribu.identity.db.Tables.APP_USER;
import static app.distribu.identity.db.Tables.RECOVERY_CODE;
import static app.distribu.identity.db.Tables.SECOND_FACTOR;

/**
 * Authenticator secrets and the recovery codes still to be shown are sealed with the
 * {@link SecretBox}; recovery codes in use are SHA-256 only.
 */
@Repository
class SecondFactorRepository {

	private final DSLContext db;

	private final SecretBox box;

	SecondFactorRepository(DSLContext db, SecretBox box) {
		this.db = db;
		this.box = box;
	}

	Optional<Staff> staff(UUID userId) {
		return this.db.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.NAME)
			.from(APP_USER)
			.where(APP_USER.ID.eq(userId).and(APP_USER.SUPPORT.isTrue()))
			.fetchOptional((row) -> new Staff(row.value1(), row.value2(), row.value3()));
	}

	Optional<Enrolment> find(UUID userId) {
		return this.db.select(SECOND_FACTOR.SECRET, SECOND_FACTOR.PENDING_CODES, SECOND_FACTOR.CONFIRMED_AT)
			.from(SECOND_FACTOR)
			.where(SECOND_FACTOR.USER_ID.eq(userId))
			.fetchOptional((row) -> new Enrolment(this.box.open(row.value1()),
					(row.value2() != null) ? Arrays.asList(this.box.open(row.value2()).split("\n")) : List.of(),
					row.value3() != null));
	}

	/** Keeps an enrolment already started (a reload shows the same secret and codes). */
	void startIfAbsent(UUID userId, String secret, List<String> codes, Instant now) {
		this.db.insertInto(SECOND_FACTOR)
			.set(SECOND_FACTOR.USER_ID, userId)
			.set(SECOND_FACTOR.SECRET, this.box.seal(secret))
			.set(SECOND_FACTOR.PENDING_CODES, this.box.seal(String.join("\n", codes)))
			.set(SECOND_FACTOR.CREATED_AT, utc(now))
			.onConflictDoNothing()
			.execute();
	}

	/** Confirms the enrolment once, with the step of its first code; false if done. */
	boolean confirm(UUID userId, long step, List<String> codeHashes, Instant now) {
		int confirmed = this.db.update(SECOND_FACTOR)
			.set(SECOND_FACTOR.CONFIRMED_AT, utc(now))
			.set(SECOND_FACTOR.LAST_STEP, step)
			.setNull(SECOND_FACTOR.PENDING_CODES)
			.where(SECOND_FACTOR.USER_ID.eq(userId).and(SECOND_FACTOR.CONFIRMED_AT.isNull()))
			.execute();
		if (confirmed == 0) {
			return false;
		}
		this.db.deleteFrom(RECOVERY_CODE).where(RECOVERY_CODE.USER_ID.eq(userId)).execute();
		for (String hash : codeHashes) {
			this.db.insertInto(RECOVERY_CODE)
				.set(RECOVERY_CODE.USER_ID, userId)
				.set(RECOVERY_CODE.CODE_HASH, hash)
				.execute();
		}
		return true;
	}

	/**
	 * Accepts a code's time step only if it is newer than the last one accepted, in one
	 * statement: the same code (or an older one) never works twice, even at once.
	 */
	boolean useStep(UUID userId, long step) {
		return this.db.update(SECOND_FACTOR)
			.set(SECOND_FACTOR.LAST_STEP, step)
			.where(SECOND_FACTOR.USER_ID.eq(userId)
				.and(SECOND_FACTOR.CONFIRMED_AT.isNotNull())
				.and(SECOND_FACTOR.LAST_STEP.isNull().or(SECOND_FACTOR.LAST_STEP.lt(step))))
			.execute() == 1;
	}

	boolean useRecoveryCode(UUID userId, String codeHash, Instant now) {
		return this.db.update(RECOVERY_CODE)
			.set(RECOVERY_CODE.USED_AT, utc(now))
			.where(RECOVERY_CODE.USER_ID.eq(userId)
				.and(RECOVERY_CODE.CODE_HASH.eq(codeHash))
				.and(RECOVERY_CODE.USED_AT.isNull()))
			.execute() == 1;
	}

	int unusedRecoveryCodes(UUID userId) {
		return this.db.fetchCount(RECOVERY_CODE, RECOVERY_CODE.USER_ID.eq(userId).and(RECOVERY_CODE.USED_AT.isNull()));
	}

	/**
	 * Seals again what was sealed with an encryption key rotated out of first place;
	 * compare-and-set per row, so replicas doing it at once do no harm.
	 */
	int reseal() {
		int resealed = 0;
		for (var row : this.db.select(SECOND_FACTOR.USER_ID, SECOND_FACTOR.SECRET, SECOND_FACTOR.PENDING_CODES)
			.from(SECOND_FACTOR)
			.fetch()) {
			boolean codes = row.value3() != null && this.box.needsResealing(row.value3());
			if (this.box.needsResealing(row.value2()) || codes) {
				resealed += this.db.update(SECOND_FACTOR)
					.set(SECOND_FACTOR.SECRET, this.box.seal(this.box.open(row.value2())))
					.set(SECOND_FACTOR.PENDING_CODES,
							(row.value3() != null) ? this.box.seal(this.box.open(row.value3())) : null)
					.where(SECOND_FACTOR.USER_ID.eq(row.value1()).and(SECOND_FACTOR.SECRET.eq(row.value2())))
					.execute();
			}
		}
		return resealed;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
