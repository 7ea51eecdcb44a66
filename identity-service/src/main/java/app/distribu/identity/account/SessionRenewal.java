package app.distribu.identity.account;

import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import app.distribu.identity.token.TokenIssuer;
import app.distribu.platform.security.DistribuAuthentication;
import app.distribu.platform.security.DistribuPrincipal;

/**
 * A fresh session for the person making the request, after their earlier sessions were
 * revoked (a password change keeps the device it was made on signed in).
 */
@Component
public class SessionRenewal {

	private final Users users;

	private final TokenIssuer tokens;

	private final SessionCookie cookie;

	SessionRenewal(Users users, TokenIssuer tokens, SessionCookie cookie) {
		this.users = users;
		this.tokens = tokens;
		this.cookie = cookie;
	}

	/**
	 * The {@code Set-Cookie} value of a new session in the same company, pinned to it
	 * again when it came from single sign-on; empty when no longer a member.
	 */
	public Optional<String> renewedCookie(DistribuPrincipal me) {
		boolean sso = fromSingleSignOn();
		return this.users.session(me.subjectId(), me.companyId())
			.map((session) -> sso ? this.tokens.ssoSession(session) : this.tokens.session(session))
			.map(this.cookie::issue);
	}

	/** Whether the current request's session came from a company's identity provider. */
	public static boolean fromSingleSignOn() {
		return SecurityContextHolder.getContext().getAuthentication() instanceof DistribuAuthentication session
				&& session.getTokenAttributes().get(TokenIssuer.SSO_CLAIM) != null;
	}

}
