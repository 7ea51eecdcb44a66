package app.distribu.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.client.RestTemplate;

/**
 * One filter chain for every service: stateless tokens (bearer header for API and
 * internal calls, the session cookie for pages), 401/403 problem details on
 * {@code /api/**}, a redirect to sign-in for pages, and double-submit-cookie CSRF on
 * forms.
 */
@AutoConfiguration
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityPlatformAutoConfiguration {

	/**
	 * The API description ({@code /internal/openapi}) is public too: the gateway
	 * publishes it anyway.
	 */
	private static final String[] ALWAYS_PUBLIC = { "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
			"/assets/**", "/error", "/favicon.ico", "/internal/openapi" };

	@Bean
	JwtDecoder jwtDecoder(SecurityProperties properties) {
		// The keys are fetched once and cached; generous timeouts keep a busy
		// identity-service
		// from failing the first requests after a start.
		SimpleClientHttpRequestFactory http = new SimpleClientHttpRequestFactory();
		http.setConnectTimeout(Duration.ofSeconds(5));
		http.setReadTimeout(Duration.ofSeconds(15));
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwksUri())
			.restOperations(new RestTemplate(http))
			.build();
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(TokenClaims.ISSUER)));
		return decoder;
	}

	@Bean
	SecurityFilterChain distribuFilterChain(HttpSecurity http, SecurityProperties properties,
			ObjectProvider<PublicPaths> publicPaths) throws Exception {
		List<String> open = publicPaths.orderedStream().flatMap((paths) -> paths.patterns().stream()).toList();
		ProblemJsonEntryPoint problems = new ProblemJsonEntryPoint(properties.signInPath());
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		http.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				// Plain tokens: the double-submitted cookie value itself is valid.
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				// Every request authenticates afresh (stateless), so the "rotate the
				// token at
				// sign-in" strategy would delete the cookie on every page a form is on.
				.sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy())
				.ignoringRequestMatchers(paths.matcher("/api/**"), paths.matcher("/internal/**")))
			.authorizeHttpRequests((authorize) -> {
				authorize.requestMatchers(ALWAYS_PUBLIC).permitAll();
				if (!open.isEmpty()) {
					authorize.requestMatchers(open.toArray(String[]::new)).permitAll();
				}
				authorize.anyRequest().authenticated();
			})
			.addFilterAfter(new CsrfCheckedMarker(), CsrfFilter.class)
			.addFilterAfter(new StoreScope(), BearerTokenAuthenticationFilter.class)
			.oauth2ResourceServer((server) -> server.bearerTokenResolver(new SessionTokenResolver())
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(new DistribuJwtConverter()))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	CurrentPrincipalAdvice currentPrincipalAdvice() {
		return new CurrentPrincipalAdvice();
	}

	@Bean
	RestClientCustomizer bearerTokenRestClientCustomizer() {
		return (builder) -> builder.requestInterceptor(new BearerTokenPropagation());
	}

}
