package app.distribu.order.customer;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/** customer-service did not answer; nothing was reserved or written. */
class CustomerServiceUnavailable extends DomainProblem {

	CustomerServiceUnavailable() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "Customer service unavailable",
				"The customer's addresses could not be read right now. The order was not placed; please try again.");
	}

}
