package app.distribu.identity.support;

import app.distribu.platform.web.Conflict;

class EmailTaken extends Conflict {

	EmailTaken(String email) {
		super("Another account already uses " + email + ". Emails are unique regardless of case.");
	}

}
