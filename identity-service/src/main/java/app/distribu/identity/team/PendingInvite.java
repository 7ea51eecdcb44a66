package app.distribu.identity.team;

import java.time.OffsetDateTime;
import java.util.UUID;

import app.distribu.platform.security.Role;

record PendingInvite(UUID id, String email, Role role, OffsetDateTime sentAt, OffsetDateTime expiresAt,
		boolean expired) {

}
