package app.distribu.customer.csv;

import app.distribu.platform.web.Unprocessable;

class BadCsv extends Unprocessable {

	BadCsv(String detail) {
		super(detail);
	}

}
