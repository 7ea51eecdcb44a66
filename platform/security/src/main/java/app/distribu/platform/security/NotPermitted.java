package app.distribu.platform.security;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/** A signed-in caller whose role does not allow the action. */
public class NotPermitted extends DomainProblem {

	public NotPermitted() {
		super(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this action.");
	}

}
