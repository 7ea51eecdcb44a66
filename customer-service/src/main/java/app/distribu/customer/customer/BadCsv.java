package app.distribu.customer.customer;

import app.distribu.platform.web.Unprocessable;

class BadCsv extends Unprocessable {

	BadCsv(String detail) {
		super(detail);
	}

}
