package app.distribu.order.ordering;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/**
 * Recording the order came after catalog had asked about its reservation and the order id
 * was given up (a request stalled for minutes): nothing was ordered.
 */
class OrderTookTooLong extends DomainProblem {

	OrderTookTooLong() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "Order took too long",
				"The order took too long to complete and was not placed; please try again.");
	}

}
