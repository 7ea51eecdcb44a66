package app.distribu.billing.stripeevents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The provider's webhook carries no session or token and no CSRF cookie: it proves itself
 * by its signature, which the controller checks first.
 */
@Configuration
class WebhookSecurity {

	@Bean
	@Order(1)
	SecurityFilterChain providerWebhooks(HttpSecurity http) throws Exception {
		return http.securityMatcher(StripeWebhooks.PATH)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().permitAll())
			.build();
	}

}
