package app.distribu.identity.sso;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

import app.distribu.identity.account.SessionCookie;
import app.distribu.identity.token.TokenIssuer;

/**
 * The end of the OAuth2 dance: Distribu's own session cookie instead of Spring's session,
 * or the SSO page with a reason. The short-lived HTTP session that held the authorization
 * request is dropped either way.
 */
class SsoLoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(SsoLoginHandlers.class);

	private final SsoAccounts accounts;

	private final TokenIssuer tokens;

	private final SessionCookie cookie;

	private final boolean secure;

	SsoLoginHandlers(SsoAccounts accounts, TokenIssuer tokens, SessionCookie cookie, boolean secure) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.cookie = cookie;
		this.secure = secure;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		endDance(request);
		OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
		UUID companyId = UUID.fromString(token.getAuthorizedClientRegistrationId());
		OidcIdToken idToken = ((OidcUser) token.getPrincipal()).getIdToken();
		String email = idToken.getEmail();
		String name = (idToken.getFullName() != null && !idToken.getFullName().isBlank()) ? idToken.getFullName()
				: email.substring(0, email.indexOf('@'));
		SsoOutcome outcome;
		try {
			outcome = this.accounts.signIn(companyId,
					new ProviderIdentity(idToken.getIssuer().toString(), idToken.getSubject(), email, name));
		}
		catch (SsoProblem problem) {
			log.info("SSO sign-in to company {} refused: {}", companyId, problem.title());
			response.sendRedirect("/login/sso?error=" + problem.key());
			return;
		}
		if (outcome.session() == null) {
			// An existing account: its owner confirms before the provider may use it.
			response.addHeader(HttpHeaders.SET_COOKIE,
					SsoLinkController.cookie(outcome.confirmationToken(), this.secure));
			response.sendRedirect(SsoLinkController.PATH);
			return;
		}
		response.addHeader(HttpHeaders.SET_COOKIE, this.cookie.issue(this.tokens.ssoSession(outcome.session())));
		response.sendRedirect("/dashboard");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		endDance(request);
		String code = (exception instanceof OAuth2AuthenticationException oauth) ? oauth.getError().getErrorCode()
				: "failed";
		// The code only (never tokens or the provider's description, which may echo
		// input).
		log.info("SSO sign-in failed: {}", code);
		response.sendRedirect("/login/sso?error=" + SsoLoginController.errorKey(code));
	}

	private static void endDance(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

}
