package app.distribu.identity.account;

import java.util.UUID;

import app.distribu.identity.token.IssuedToken;

/**
 * A right password: a team member's session, or, for support staff, the user who must now
 * give their second factor (no session yet).
 */
record SignedIn(IssuedToken token, UUID secondFactorFor) {

	static SignedIn session(IssuedToken token) {
		return new SignedIn(token, null);
	}

	static SignedIn secondFactorNeeded(UUID supportUserId) {
		return new SignedIn(null, supportUserId);
	}

}
