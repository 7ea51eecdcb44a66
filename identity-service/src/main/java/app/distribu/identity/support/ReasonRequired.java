package app.distribu.identity.support;

import app.distribu.platform.web.Unprocessable;

class ReasonRequired extends Unprocessable {

	ReasonRequired() {
		super("Give a reason for this action; it goes into the audit log.");
	}

}
