package app.distribu.platform.web;

import org.springframework.http.HttpStatus;

/** A resource that does not exist, or belongs to another company (never told apart). */
public class NotFound extends DomainProblem {

	public NotFound(String what) {
		super(HttpStatus.NOT_FOUND, "Not found", what + " was not found.");
	}

}
