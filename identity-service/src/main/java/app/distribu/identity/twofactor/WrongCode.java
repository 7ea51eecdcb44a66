package app.distribu.identity.twofactor;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/** The code matched nothing, or was used already. */
class WrongCode extends DomainProblem {

	static final String MESSAGE = "That code did not work. Enter the current code from your authenticator app, "
			+ "or one of your recovery codes.";

	WrongCode() {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Wrong code", MESSAGE);
	}

}
