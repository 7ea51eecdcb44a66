package app.distribu.order.outcome;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

class UnknownCaller extends DomainProblem {

	UnknownCaller() {
		super(HttpStatus.UNAUTHORIZED, "Unauthorized", "This endpoint is for catalog-service only.");
	}

}
