package app.distribu.identity.team;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.identity.token.SessionVersions;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;
import app.distribu.platform.web.NotFound;

/**
 * Managing a company's team. OWNERs and ADMINs manage it, but only OWNERs touch the OWNER
 * role; the company always keeps one OWNER.
 */
@Service
class Team {

	static final Duration INVITE_VALIDITY = Duration.ofDays(7);

	private final TeamRepository members;

	private final InviteRepository invites;

	private final InviteMail mail;

	private final SessionVersions sessions;

	private final Clock clock;

	Team(TeamRepository members, InviteRepository invites, InviteMail mail, SessionVersions sessions, Clock clock) {
		this.members = members;
		this.invites = invites;
		this.mail = mail;
		this.sessions = sessions;
		this.clock = clock;
	}

	public TeamView view(DistribuPrincipal me) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		return new TeamView(this.members.members(me.companyId()), this.invites.open(me.companyId(), now()),
				isOwner(me));
	}

	/** Inviting an address with an open invite renews that one, with the new role. */
	@Transactional
	public void invite(DistribuPrincipal me, InviteForm form) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		requireOwnerFor(me, form.role());
		String email = form.normalizedEmail();
		if (this.members.isMember(me.companyId(), email)) {
			throw TeamRefusal.alreadyMember(email);
		}
		String token = InviteToken.generate();
		OffsetDateTime now = now();
		this.invites.openFor(me.companyId(), email)
			.ifPresentOrElse(
					(id) -> this.invites.renew(me.companyId(), id, form.role(), InviteToken.sha256Hex(token),
							me.subjectId(), now, now.plus(INVITE_VALIDITY)),
					() -> this.invites.insert(UUID.randomUUID(), me.companyId(), email, form.role(),
							InviteToken.sha256Hex(token), me.subjectId(), now, now.plus(INVITE_VALIDITY)));
		// Sent inside the transaction: if the mail server refuses, no invite is left
		// behind that nobody received.
		this.mail.send(email, me.companyName(), form.role(), me.name(), token);
	}

	@Transactional
	public String resend(DistribuPrincipal me, UUID inviteId) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		OffsetDateTime now = now();
		PendingInvite invite = this.invites.findOpen(me.companyId(), inviteId, now)
			.orElseThrow(() -> new NotFound("Invite"));
		requireOwnerFor(me, invite.role());
		String token = InviteToken.generate();
		this.invites.renew(me.companyId(), inviteId, invite.role(), InviteToken.sha256Hex(token), me.subjectId(), now,
				now.plus(INVITE_VALIDITY));
		this.mail.send(invite.email(), me.companyName(), invite.role(), me.name(), token);
		return invite.email();
	}

	@Transactional
	public void revoke(DistribuPrincipal me, UUID inviteId) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		OffsetDateTime now = now();
		PendingInvite invite = this.invites.findOpen(me.companyId(), inviteId, now)
			.orElseThrow(() -> new NotFound("Invite"));
		requireOwnerFor(me, invite.role());
		this.invites.revoke(me.companyId(), inviteId, now);
	}

	@Transactional
	public void changeRole(DistribuPrincipal me, UUID userId, Role role) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		List<Role> roles = this.members.lockRoles(me.companyId());
		Role current = this.members.role(me.companyId(), userId).orElseThrow(() -> new NotFound("Member"));
		requireOwnerFor(me, current);
		requireOwnerFor(me, role);
		if (current == Role.OWNER && role != Role.OWNER) {
			requireAnotherOwner(roles);
		}
		if (current != role) {
			this.members.changeRole(me.companyId(), userId, role);
			// Their sessions carry the old role: they sign in again to get the new one.
			this.sessions.revokeAll(userId);
		}
	}

	@Transactional
	public void remove(DistribuPrincipal me, UUID userId) {
		me.requireRole(Role.OWNER, Role.ADMIN);
		List<Role> roles = this.members.lockRoles(me.companyId());
		Role current = this.members.role(me.companyId(), userId).orElseThrow(() -> new NotFound("Member"));
		requireOwnerFor(me, current);
		if (current == Role.OWNER) {
			requireAnotherOwner(roles);
		}
		this.members.remove(me.companyId(), userId);
		this.sessions.revokeAll(userId);
	}

	private static void requireOwnerFor(DistribuPrincipal me, Role role) {
		if (role == Role.OWNER && !isOwner(me)) {
			throw TeamRefusal.ownersOnly();
		}
	}

	private static void requireAnotherOwner(List<Role> roles) {
		if (roles.stream().filter(Role.OWNER::equals).count() <= 1) {
			throw TeamRefusal.lastOwner();
		}
	}

	private static boolean isOwner(DistribuPrincipal me) {
		return me.roles().contains(Role.OWNER);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
