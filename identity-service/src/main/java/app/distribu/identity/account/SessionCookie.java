package app.distribu.identity.account;

import java.time.Duration;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import app.distribu.identity.token.IssuedToken;
import app.distribu.identity.token.TokenIssuer;
import app.distribu.identity.web.IdentityProperties;

/**
 * The dashboard session: the USER token itself in an HttpOnly cookie. Services read it
 * after their CSRF check; the gateway drops it once its session version was revoked.
 */
@Component
public class SessionCookie {

	static final String NAME = "DISTRIBU_SESSION";

	private final boolean secure;

	SessionCookie(IdentityProperties properties) {
		this.secure = properties.cookieSecure();
	}

	public String issue(IssuedToken token) {
		return build(token.value(), TokenIssuer.SESSION_LIFETIME).toString();
	}

	public String clear() {
		return build("", Duration.ZERO).toString();
	}

	private ResponseCookie build(String value, Duration maxAge) {
		return ResponseCookie.from(NAME, value)
			.httpOnly(true)
			.secure(this.secure)
			.sameSite("Lax")
			.path("/")
			.maxAge(maxAge)
			.build();
	}

}
