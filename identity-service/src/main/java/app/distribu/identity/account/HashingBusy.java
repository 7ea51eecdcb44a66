package app.distribu.identity.account;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/** Every password-hashing permit stayed taken for the whole short wait. */
class HashingBusy extends DomainProblem {

	static final String MESSAGE = "We're busy, please try again in a moment.";

	HashingBusy() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "Busy", MESSAGE);
	}

}
