package app.distribu.identity.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.NullSecurityContextRepository;

import app.distribu.identity.account.SessionCookie;
import app.distribu.identity.token.TokenIssuer;
import app.distribu.identity.web.IdentityProperties;
import app.distribu.platform.security.PublicPaths;

/**
 * The OAuth2 login dance gets its own filter chain, ahead of the platform's stateless one
 * and only for its two paths. It keeps the authorization request (state, nonce, PKCE
 * verifier) in a short-lived HTTP session from the redirect to the provider until the
 * callback; nothing else is kept: no security context, no provider tokens. The result is
 * Distribu's own session cookie.
 */
@Configuration(proxyBeanMethods = false)
class SsoSecurity {

	@Bean
	PublicPaths ssoPublicPaths() {
		return PublicPaths.of("/login/sso", SsoLinkController.PATH, SsoLinkController.PATH + "/**");
	}

	@Bean
	IdTokenDecoders ssoIdTokenDecoders(ProviderHttp provider) {
		return new IdTokenDecoders(provider);
	}

	@Bean
	@Order(1)
	SecurityFilterChain ssoLoginFilterChain(HttpSecurity http, CompanyRegistrations registrations, SsoAccounts accounts,
			TokenIssuer tokens, SessionCookie cookie, IdentityProperties properties, ProviderHttp provider)
			throws Exception {
		SsoLoginHandlers handlers = new SsoLoginHandlers(accounts, tokens, cookie, properties.cookieSecure());
		http.securityMatcher("/oauth2/**", "/login/oauth2/**")
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.securityContext((context) -> context.securityContextRepository(new NullSecurityContextRepository()))
			// No forms here: the callback is protected by the state parameter bound to
			// the session, and the start is a plain GET.
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.oauth2Login((login) -> login.clientRegistrationRepository(registrations)
				.authorizedClientRepository(new KeepNoClients())
				.tokenEndpoint((token) -> token.accessTokenResponseClient(provider.codeExchange()))
				.loginPage("/login/sso")
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(new VerifiedEmailUsers()))
				.successHandler(handlers)
				.failureHandler(handlers)
				// An unknown or ineligible company at the start would otherwise be a 500.
				.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {

					@Override
					public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
						filter.setAuthenticationFailureHandler(handlers);
						return filter;
					}

				}));
		return http.build();
	}

	/**
	 * The provider's access and refresh tokens are not needed after sign-in; the default
	 * repository would keep them in memory forever.
	 */
	private static final class KeepNoClients implements OAuth2AuthorizedClientRepository {

		@Override
		public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
				Authentication principal, HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

		@Override
		public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

	}

}
