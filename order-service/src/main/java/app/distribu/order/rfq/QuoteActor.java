package app.distribu.order.rfq;

import java.util.UUID;

import app.distribu.platform.security.DistribuPrincipal;

/**
 * Who changes a quote, for its history: a team member (USER), a buyer (CONTACT), an API
 * key, or SYSTEM (the expiry sweep).
 */
record QuoteActor(UUID id, String kind) {

	static final QuoteActor SYSTEM = new QuoteActor(null, "SYSTEM");

	static QuoteActor of(DistribuPrincipal me) {
		return new QuoteActor(me.subjectId(), me.kind().name());
	}

}
