package app.distribu.identity.account;

import app.distribu.platform.web.Conflict;

/** A sign-up value someone else already holds; the form shows it next to the field. */
class FieldConflict extends Conflict {

	private final String field;

	FieldConflict(String field, String detail) {
		super(detail);
		this.field = field;
	}

	String field() {
		return this.field;
	}

	static FieldConflict slugTaken() {
		return new FieldConflict("slug", "This storefront address is already taken. Choose another one.");
	}

	static FieldConflict emailTaken() {
		return new FieldConflict("email", "An account with this email already exists. Sign in instead.");
	}

}
