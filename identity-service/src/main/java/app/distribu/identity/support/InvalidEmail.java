package app.distribu.identity.support;

import app.distribu.platform.web.Unprocessable;

class InvalidEmail extends Unprocessable {

	InvalidEmail() {
		super("Enter a valid email address.");
	}

}
