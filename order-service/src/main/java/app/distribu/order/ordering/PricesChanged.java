package app.distribu.order.ordering;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/**
 * Catalog priced a checkout differently from the total the buyer was shown; the
 * reservation is given back like any order that is not recorded.
 */
public class PricesChanged extends DomainProblem {

	public static final String MESSAGE = "Prices changed since you opened checkout. Please check the new total and place the order again.";

	PricesChanged() {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Prices changed", MESSAGE);
	}

}
