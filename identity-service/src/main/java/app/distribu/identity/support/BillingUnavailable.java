package app.distribu.identity.support;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/** Billing could not be reached: nothing was done, the same form can be sent again. */
class BillingUnavailable extends DomainProblem {

	BillingUnavailable() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "Billing unavailable",
				"Billing did not answer. Nothing was recorded; send the form again in a minute.");
	}

}
