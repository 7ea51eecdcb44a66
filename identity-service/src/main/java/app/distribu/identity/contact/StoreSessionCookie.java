package app.distribu.identity.contact;

import java.time.Duration;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import app.distribu.identity.token.IssuedToken;
import app.distribu.identity.token.TokenIssuer;
import app.distribu.identity.web.IdentityProperties;

/**
 * A contact's session: its own cookie name, so it never replaces a team member's
 * dashboard session, and {@code Path=/store/{slug}}, so the browser sends it to that
 * store only.
 */
@Component
class StoreSessionCookie {

	static final String NAME = "DISTRIBU_STORE_SESSION";

	private final boolean secure;

	StoreSessionCookie(IdentityProperties properties) {
		this.secure = properties.cookieSecure();
	}

	String issue(String slug, IssuedToken token) {
		return build(slug, token.value(), TokenIssuer.SESSION_LIFETIME).toString();
	}

	String clear(String slug) {
		return build(slug, "", Duration.ZERO).toString();
	}

	private ResponseCookie build(String slug, String value, Duration maxAge) {
		return ResponseCookie.from(NAME, value)
			.httpOnly(true)
			.secure(this.secure)
			.sameSite("Lax")
			.path("/store/" + slug)
			.maxAge(maxAge)
			.build();
	}

}
