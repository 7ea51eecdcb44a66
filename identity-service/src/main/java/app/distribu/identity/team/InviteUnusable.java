package app.distribu.identity.team;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/** An invite link that cannot be used (any more); the page says what to do instead. */
class InviteUnusable extends DomainProblem {

	private InviteUnusable(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	static InviteUnusable unknown() {
		return new InviteUnusable(HttpStatus.NOT_FOUND, "Invite not found",
				"This invite link is not valid. Check that you copied the whole link, or ask the person who invited you to send a new one.");
	}

	static InviteUnusable spent() {
		return new InviteUnusable(HttpStatus.GONE, "Invite no longer valid",
				"This invite link has expired or has already been used. Ask the person who invited you to send a new one.");
	}

	static InviteUnusable otherAddress(String invited) {
		return new InviteUnusable(HttpStatus.FORBIDDEN, "Invite for another address", "This invite was sent to "
				+ invited + ". Sign in with that address to accept it, or ask for an invite to your own address.");
	}

	static InviteUnusable accountExists(String invited) {
		return new InviteUnusable(HttpStatus.CONFLICT, "Account exists",
				"An account for " + invited + " already exists. Sign in with it to accept the invite.");
	}

}
