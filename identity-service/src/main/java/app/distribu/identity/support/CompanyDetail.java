package app.distribu.identity.support;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

record CompanyDetail(UUID id, String name, String slug, OffsetDateTime createdAt, List<Member> members) {

	// Public: templates call it.
	public List<Member> owners() {
		return this.members.stream().filter((member) -> "OWNER".equals(member.role())).toList();
	}

	record Member(UUID userId, String email, String name, String role, OffsetDateTime since) {

	}

}
