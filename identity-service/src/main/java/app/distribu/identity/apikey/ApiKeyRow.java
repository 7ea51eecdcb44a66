package app.distribu.identity.apikey;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

record ApiKeyRow(UUID id, String name, String prefix, List<String> scopes, OffsetDateTime createdAt,
		OffsetDateTime revokedAt) {

	public boolean active() {
		return this.revokedAt == null;
	}

}
