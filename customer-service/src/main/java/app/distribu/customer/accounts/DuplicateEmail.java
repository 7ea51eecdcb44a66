package app.distribu.customer.accounts;

import app.distribu.platform.web.Conflict;

public class DuplicateEmail extends Conflict {

	DuplicateEmail(String what, String email) {
		super("A " + what + " with email " + email + " already exists.");
	}

}
