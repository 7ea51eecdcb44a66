package app.distribu.identity.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.identity.db.Tables.SIGN_IN_FAILURE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;

@Repository
class SignInFailureRepository {

	private final DSLContext db;

	SignInFailureRepository(DSLContext db) {
		this.db = db;
	}

	void insert(String email, String clientAddress, Instant at) {
		this.db.insertInto(SIGN_IN_FAILURE)
			.set(SIGN_IN_FAILURE.EMAIL, email)
			.set(SIGN_IN_FAILURE.CLIENT_ADDRESS, clientAddress)
			.set(SIGN_IN_FAILURE.FAILED_AT, utc(at))
			.execute();
	}

	Optional<Failures> forEmail(String email, Instant since) {
		return failures(SIGN_IN_FAILURE.EMAIL.eq(email), since);
	}

	Optional<Failures> forAddress(String clientAddress, Instant since) {
		return failures(SIGN_IN_FAILURE.CLIENT_ADDRESS.eq(clientAddress), since);
	}

	void clearEmail(String email) {
		this.db.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.EMAIL.eq(email)).execute();
	}

	/** Rows outside every window only take space. */
	void purgeBefore(Instant before) {
		this.db.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.FAILED_AT.lt(utc(before))).execute();
	}

	private Optional<Failures> failures(Condition who, Instant since) {
		return this.db.select(count(), max(SIGN_IN_FAILURE.FAILED_AT))
			.from(SIGN_IN_FAILURE)
			.where(who.and(SIGN_IN_FAILURE.FAILED_AT.gt(utc(since))))
			.fetchOptional(
					(row) -> (row.value2() != null) ? new Failures(row.value1(), row.value2().toInstant()) : null);
	}

	record Failures(int count, Instant latest) {

	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
