package app.distribu.identity.token;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.platform.events.Outbox;
import app.distribu.platform.security.DistribuPrincipal;

import static app.distribu.identity.db.Tables.SESSION_VERSION;

/**
 * Ends sessions before they expire. Each session token carries its subject's version; a
 * revocation raises the version and announces it ({@code session.revoked} on
 * {@code identity.events}), and every gateway replica refuses older tokens from then on.
 */
@Repository
public class SessionVersions {

	static final String TOPIC = "identity.events";

	public static final String REVOKED = "session.revoked";

	private final DSLContext db;

	private final Outbox outbox;

	private final Clock clock;

	SessionVersions(DSLContext db, Outbox outbox, Clock clock) {
		this.db = db;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** The version new sessions of the subject carry (0 until the first revocation). */
	public int current(UUID subject) {
		Integer version = this.db.select(SESSION_VERSION.VERSION)
			.from(SESSION_VERSION)
			.where(SESSION_VERSION.SUBJECT_ID.eq(subject))
			.fetchOne(SESSION_VERSION.VERSION);
		return (version != null) ? version : 0;
	}

	/**
	 * Ends every session of the subject issued so far, in the caller's transaction: the
	 * revocation is announced if and only if the change behind it commits.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int revokeAll(UUID subject) {
		int version = this.db.insertInto(SESSION_VERSION)
			.set(SESSION_VERSION.SUBJECT_ID, subject)
			.set(SESSION_VERSION.VERSION, 1)
			.set(SESSION_VERSION.REVOKED_AT, OffsetDateTime.now(this.clock))
			.onConflict(SESSION_VERSION.SUBJECT_ID)
			.doUpdate()
			.set(SESSION_VERSION.VERSION, SESSION_VERSION.VERSION.plus(1))
			.set(SESSION_VERSION.REVOKED_AT, OffsetDateTime.now(this.clock))
			.returning(SESSION_VERSION.VERSION)
			.fetchSingle(SESSION_VERSION.VERSION);
		this.outbox.publish(TOPIC, DistribuPrincipal.NO_COMPANY, REVOKED, new SessionRevoked(subject, version));
		return version;
	}

	/**
	 * {@code session.revoked}: sessions of {@code subject} older than {@code version}
	 * end.
	 */
	record SessionRevoked(UUID subject, int version) {

	}

}
