package app.distribu.identity.team;

import java.util.List;

import app.distribu.platform.security.Role;

/** The team page: who is in, who is invited, and what the viewer may do. */
record TeamView(List<Member> members, List<PendingInvite> invites, boolean viewerIsOwner) {

	/** ADMINs cannot hand out the OWNER role (spec.md, Roles). */
	public List<Role> assignableRoles() {
		return this.viewerIsOwner ? List.of(Role.OWNER, Role.ADMIN, Role.MEMBER) : List.of(Role.ADMIN, Role.MEMBER);
	}

	/** ADMINs cannot change or remove OWNERs. */
	public boolean canManage(Member member) {
		return this.viewerIsOwner || member.role() != Role.OWNER;
	}

}
