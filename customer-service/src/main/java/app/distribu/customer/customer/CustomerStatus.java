package app.distribu.customer.customer;

import app.distribu.platform.web.DomainProblem;

import org.springframework.http.HttpStatus;

enum CustomerStatus {

	PENDING, ACTIVE, BLOCKED;

	static CustomerStatus parse(String value) {
		try {
			return valueOf(value.trim().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw new BadStatus(value);
		}
	}

	static class BadStatus extends DomainProblem {

		BadStatus(String value) {
			super(HttpStatus.BAD_REQUEST, "Bad request", "Status must be PENDING, ACTIVE or BLOCKED.");
		}

	}

}
