package app.distribu.order.rfq;

import java.util.UUID;

import app.distribu.platform.security.DistribuPrincipal;

/**
 * Who changes a quote, for its history: a team member (USER), a buyer (CONTACT), an API
 * key, or SYSTEM (the expiry sweep); {@code name} of a team member, for notes that say
 * who acted for the customer.
 */
record QuoteActor(UUID id, String kind, String name) {

	static final QuoteActor SYSTEM = new QuoteActor(null, "SYSTEM");

	QuoteActor(UUID id, String kind) {
		this(id, kind, null);
	}

	static QuoteActor of(DistribuPrincipal me) {
		return new QuoteActor(me.subjectId(), me.kind().name(), (me.name() != null) ? me.name() : me.email());
	}

	boolean isStaff() {
		return "USER".equals(this.kind);
	}

	boolean isApiKey() {
		return "API_KEY".equals(this.kind);
	}

}
