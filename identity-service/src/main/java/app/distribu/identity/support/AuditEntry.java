package app.distribu.identity.support;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One support action as the audit log keeps it; before/after are JSON text. */
record AuditEntry(UUID id, OffsetDateTime at, UUID actorId, String actorEmail, String action, UUID targetUserId,
		UUID targetCompanyId, String reason, String before, String after) {

}
