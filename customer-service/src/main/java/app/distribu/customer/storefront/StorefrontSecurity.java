package app.distribu.customer.storefront;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.distribu.platform.security.PublicPaths;

@Configuration(proxyBeanMethods = false)
class StorefrontSecurity {

	/** Visitors sign in and register before they have a session. */
	@Bean
	PublicPaths storefrontPaths() {
		return PublicPaths.of("/store/*/login", "/store/*/register");
	}

}
