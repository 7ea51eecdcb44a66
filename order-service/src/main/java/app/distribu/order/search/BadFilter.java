package app.distribu.order.search;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/** A filter value the orders list or export cannot use. */
class BadFilter extends DomainProblem {

	BadFilter(String detail) {
		super(HttpStatus.BAD_REQUEST, "Bad filter", detail);
	}

}
