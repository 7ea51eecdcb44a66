package app.distribu.customer.customer;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

class BadLimit extends DomainProblem {

	BadLimit() {
		super(HttpStatus.BAD_REQUEST, "Invalid limit", "limit must be between 1 and 100.");
	}

}
