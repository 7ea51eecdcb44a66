package app.distribu.identity.team;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.identity.account.Users;
import app.distribu.identity.token.IssuedToken;
import app.distribu.identity.token.TokenIssuer;
import app.distribu.platform.security.DistribuPrincipal;

/** Opening and accepting invite links. */
@Service
class Invites {

	private final InviteRepository invites;

	private final TeamRepository members;

	private final Users users;

	private final PasswordEncoder passwords;

	private final TokenIssuer tokens;

	private final Clock clock;

	Invites(InviteRepository invites, TeamRepository members, Users users, PasswordEncoder passwords,
			TokenIssuer tokens, Clock clock) {
		this.invites = invites;
		this.members = members;
		this.users = users;
		this.passwords = passwords;
		this.tokens = tokens;
		this.clock = clock;
	}

	/** The invite behind a usable link; unknown, expired, used or revoked links fail. */
	public OpenedInvite open(String token) {
		if (!InviteToken.wellFormed(token)) {
			throw InviteUnusable.unknown();
		}
		OpenedInvite invite = this.invites.findByToken(InviteToken.sha256Hex(token))
			.orElseThrow(InviteUnusable::unknown);
		if (!invite.usableAt(now())) {
			throw InviteUnusable.spent();
		}
		return invite;
	}

	/**
	 * Adds the membership to the signed-in user and switches the session to the company.
	 * Links can be forwarded, so only the invited address may accept.
	 */
	@Transactional
	public IssuedToken accept(String token, DistribuPrincipal me) {
		OpenedInvite invite = open(token);
		String email = this.members.email(me.subjectId()).orElseThrow(InviteUnusable::unknown);
		if (!email.equalsIgnoreCase(invite.email())) {
			throw InviteUnusable.otherAddress(invite.email());
		}
		use(invite);
		this.users.join(me.subjectId(), invite.companyId(), invite.role());
		return this.tokens.session(this.users.session(me.subjectId(), invite.companyId()).orElseThrow());
	}

	/** Creates the invited person's account in the invite's company and signs them in. */
	@Transactional
	public IssuedToken signUp(String token, InviteSignupForm form) {
		OpenedInvite invite = open(token);
		if (this.users.emailTaken(invite.email())) {
			throw InviteUnusable.accountExists(invite.email());
		}
		use(invite);
		UUID userId = UUID.randomUUID();
		try {
			this.users.insertUser(userId, invite.email(), form.name().trim(), this.passwords.encode(form.password()));
		}
		catch (DuplicateKeyException ex) {
			// The same address signed up between the check and the insert.
			throw InviteUnusable.accountExists(invite.email());
		}
		this.users.join(userId, invite.companyId(), invite.role());
		return this.tokens.session(this.users.session(userId, invite.companyId()).orElseThrow());
	}

	private void use(OpenedInvite invite) {
		if (!this.invites.markAccepted(invite.companyId(), invite.id(), now())) {
			throw InviteUnusable.spent();
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
