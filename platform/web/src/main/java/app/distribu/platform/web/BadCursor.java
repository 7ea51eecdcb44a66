package app.distribu.platform.web;

import org.springframework.http.HttpStatus;

/** A list cursor the API did not hand out (edited, truncated or from another list). */
public class BadCursor extends DomainProblem {

	public BadCursor() {
		super(HttpStatus.BAD_REQUEST, "Invalid cursor", "The cursor is not one this API returned.");
	}

}
