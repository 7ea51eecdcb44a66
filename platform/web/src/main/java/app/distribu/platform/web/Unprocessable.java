package app.distribu.platform.web;

import org.springframework.http.HttpStatus;

/** Well-formed input that breaks a business rule (unknown SKU, not enough stock, ...). */
public class Unprocessable extends DomainProblem {

	public Unprocessable(String detail) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable request", detail);
	}

}
