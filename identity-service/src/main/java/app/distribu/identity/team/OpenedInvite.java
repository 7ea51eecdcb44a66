package app.distribu.identity.team;

import java.time.OffsetDateTime;
import java.util.UUID;

import app.distribu.platform.security.Role;

/** An invite as found from its link, whatever its state. */
record OpenedInvite(UUID id, UUID companyId, String companyName, String email, Role role, String inviterName,
		OffsetDateTime expiresAt, OffsetDateTime acceptedAt, OffsetDateTime revokedAt) {

	boolean usableAt(OffsetDateTime now) {
		return this.acceptedAt == null && this.revokedAt == null && this.expiresAt.isAfter(now);
	}

}
