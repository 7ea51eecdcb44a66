package app.distribu.platform.web;

import org.springframework.http.HttpStatus;

/**
 * The request is valid but clashes with the current state (duplicate, terminal status).
 */
public class Conflict extends DomainProblem {

	public Conflict(String detail) {
		super(HttpStatus.CONFLICT, "Conflict", detail);
	}

}
