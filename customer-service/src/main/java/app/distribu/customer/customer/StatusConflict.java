package app.distribu.customer.customer;

import app.distribu.platform.web.Conflict;

class StatusConflict extends Conflict {

	StatusConflict(String detail) {
		super(detail);
	}

}
