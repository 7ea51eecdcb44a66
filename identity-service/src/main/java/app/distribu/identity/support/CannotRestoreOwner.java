package app.distribu.identity.support;

import app.distribu.platform.web.Conflict;

class CannotRestoreOwner extends Conflict {

	CannotRestoreOwner(String detail) {
		super(detail);
	}

	static CannotRestoreOwner alreadyOwner(String email) {
		return new CannotRestoreOwner(email + " is already an OWNER of this company.");
	}

	static CannotRestoreOwner supportAccount(String email) {
		return new CannotRestoreOwner(email + " is a support account; support accounts never belong to a company.");
	}

}
