package app.distribu.identity.contact;

import java.time.OffsetDateTime;
import java.util.UUID;

import app.distribu.identity.token.ContactSession;

/** A contact link as stored (without its token, which only the mail holds). */
record StoredLink(UUID contactId, UUID customerId, Store store, String email, String name, LinkPurpose purpose,
		OffsetDateTime expiresAt, OffsetDateTime usedAt) {

	ContactSession session() {
		return new ContactSession(this.contactId, this.customerId, this.store.companyId(), this.store.name(),
				this.store.slug(), this.email, this.name);
	}

}
