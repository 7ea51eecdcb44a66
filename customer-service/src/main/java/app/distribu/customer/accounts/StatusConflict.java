package app.distribu.customer.accounts;

import app.distribu.platform.web.Conflict;

public class StatusConflict extends Conflict {

	public StatusConflict(String detail) {
		super(detail);
	}

}
