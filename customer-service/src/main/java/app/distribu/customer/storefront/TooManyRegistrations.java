package app.distribu.customer.storefront;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/** Registrations mail the store's team: an hourly limit per address, store and client. */
class TooManyRegistrations extends DomainProblem {

	TooManyRegistrations() {
		super(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
				"There have been too many registrations from your network or for this email address in the last hour. "
						+ "Please try again later.");
	}

}
