package app.distribu.identity.sso;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Accepts a provider's answer only when its ID token names an email the provider has
 * verified: the email is what we match accounts by, so an unverified one would let anyone
 * with an account at the provider claim someone else's address.
 */
class VerifiedEmailUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String NO_VERIFIED_EMAIL = "no_verified_email";

	private final OidcUserService delegate = new OidcUserService();

	VerifiedEmailUsers() {
		// Everything needed is in the ID token: no further request to the provider.
		this.delegate.setRetrieveUserInfo((request) -> false);
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		OidcIdToken idToken = request.getIdToken();
		String email = idToken.getEmail();
		if (email == null || email.isBlank() || !email.contains("@")
				|| !Boolean.TRUE.equals(idToken.getEmailVerified())) {
			throw new OAuth2AuthenticationException(new OAuth2Error(NO_VERIFIED_EMAIL));
		}
		return this.delegate.loadUser(request);
	}

}
