package app.distribu.identity.support;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

record UserDetail(UUID id, String email, String name, boolean support, OffsetDateTime createdAt,
		List<Membership> memberships) {

	record Membership(UUID companyId, String companyName, String slug, String role, OffsetDateTime since) {

	}

}
