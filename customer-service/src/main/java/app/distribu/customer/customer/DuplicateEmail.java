package app.distribu.customer.customer;

import app.distribu.platform.web.Conflict;

class DuplicateEmail extends Conflict {

	DuplicateEmail(String what, String email) {
		super("A " + what + " with email " + email + " already exists.");
	}

}
