package app.distribu.identity.profile;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/** An email-change link that is unknown, already used or older than 24 hours. */
class EmailLinkInvalid extends DomainProblem {

	EmailLinkInvalid() {
		super(HttpStatus.GONE, "Link expired",
				"This confirmation link has expired or has already been used. Ask for the change again from your profile.");
	}

}
