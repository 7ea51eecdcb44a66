package app.distribu.identity.sso;

import app.distribu.identity.token.UserSession;

/**
 * A provider sign-in's result: a session, or (for an account that existed before and is
 * not linked yet) the token of the confirmation its owner must give first.
 */
record SsoOutcome(UserSession session, String confirmationToken) {

	static SsoOutcome signedIn(UserSession session) {
		return new SsoOutcome(session, null);
	}

	static SsoOutcome confirmFirst(String token) {
		return new SsoOutcome(null, token);
	}

}
