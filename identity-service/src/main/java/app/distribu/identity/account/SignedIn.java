package app.distribu.identity.account;

import app.distribu.identity.token.IssuedToken;

/** A successful sign-in; support staff land on the console instead of the dashboard. */
record SignedIn(IssuedToken token, boolean support) {

	String landing(LoginForm form) {
		if (this.support) {
			return "/support";
		}
		return form.safeNext();
	}

}
