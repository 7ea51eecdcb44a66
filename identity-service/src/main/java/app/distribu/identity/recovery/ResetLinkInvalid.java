package app.distribu.identity.recovery;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/**
 * A reset link that is unknown, already used or older than an hour. One answer for all
 * three: telling them apart would help nobody but someone guessing links.
 */
class ResetLinkInvalid extends DomainProblem {

	ResetLinkInvalid() {
		super(HttpStatus.GONE, "Link expired",
				"This password reset link has expired or has already been used. Ask for a new one.");
	}

}
