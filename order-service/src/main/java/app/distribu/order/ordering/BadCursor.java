package app.distribu.order.ordering;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/** A list cursor this service did not hand out. */
class BadCursor extends DomainProblem {

	BadCursor() {
		super(HttpStatus.BAD_REQUEST, "Invalid cursor", "The cursor is not valid; start again without it.");
	}

}
