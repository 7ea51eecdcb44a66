package app.distribu.identity.profile;

import app.distribu.platform.web.Unprocessable;

/** A profile change refused for one field; the form shows it next to that field. */
class ProfileProblem extends Unprocessable {

	private final String field;

	ProfileProblem(String field, String detail) {
		super(detail);
		this.field = field;
	}

	String field() {
		return this.field;
	}

	static ProfileProblem wrongPassword(String field) {
		return new ProfileProblem(field, "Your current password is not correct.");
	}

	static ProfileProblem emailTaken() {
		return new ProfileProblem("email", "An account with this email already exists.");
	}

	static ProfileProblem sameEmail() {
		return new ProfileProblem("email", "This is already your email address.");
	}

}
