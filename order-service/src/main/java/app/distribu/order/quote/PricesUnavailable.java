package app.distribu.order.quote;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/** catalog-service gave no prices; pages say so instead of showing stale ones. */
public class PricesUnavailable extends DomainProblem {

	PricesUnavailable() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "Prices unavailable",
				"Prices could not be loaded right now. Please try again in a moment.");
	}

}
