package app.distribu.identity.support;

import app.distribu.platform.web.NotFound;

class UserNotFound extends NotFound {

	UserNotFound() {
		super("User");
	}

}
