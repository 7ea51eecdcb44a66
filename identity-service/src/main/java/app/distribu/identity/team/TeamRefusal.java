package app.distribu.identity.team;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/** A team change the rules do not allow; the team page shows the message. */
class TeamRefusal extends DomainProblem {

	static final String LAST_OWNER = "A company needs at least one owner. Make someone else an owner first.";

	private TeamRefusal(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	static TeamRefusal lastOwner() {
		return new TeamRefusal(HttpStatus.CONFLICT, "Last owner", LAST_OWNER);
	}

	static TeamRefusal ownersOnly() {
		return new TeamRefusal(HttpStatus.FORBIDDEN, "Owners only",
				"Only an owner can invite, change or remove owners.");
	}

	static TeamRefusal alreadyMember(String email) {
		return new TeamRefusal(HttpStatus.CONFLICT, "Already a member",
				email + " is already a member of this company.");
	}

}
