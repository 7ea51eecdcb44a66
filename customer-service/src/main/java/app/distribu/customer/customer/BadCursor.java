package app.distribu.customer.customer;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

class BadCursor extends DomainProblem {

	BadCursor() {
		super(HttpStatus.BAD_REQUEST, "Invalid cursor", "The cursor is not one this API returned.");
	}

}
