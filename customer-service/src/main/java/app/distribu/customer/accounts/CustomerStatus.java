package app.distribu.customer.accounts;

import app.distribu.platform.web.DomainProblem;

import org.springframework.http.HttpStatus;

public enum CustomerStatus {

	PENDING, ACTIVE, BLOCKED;

	public static CustomerStatus parse(String value) {
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
