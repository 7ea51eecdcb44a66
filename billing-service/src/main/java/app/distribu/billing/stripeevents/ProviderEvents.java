package app.distribu.billing.stripeevents;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.billing.db.Tables.PROVIDER_EVENT;

/** The provider's event ids already applied, so a redelivered event changes nothing. */
@Repository
class ProviderEvents {

	private final DSLContext db;

	ProviderEvents(DSLContext db) {
		this.db = db;
	}

	/** Records the id; false when it was recorded before (in this transaction's view). */
	boolean firstTime(String eventId) {
		return this.db.insertInto(PROVIDER_EVENT).set(PROVIDER_EVENT.ID, eventId).onConflictDoNothing().execute() == 1;
	}

}
