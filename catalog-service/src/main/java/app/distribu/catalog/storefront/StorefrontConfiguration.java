package app.distribu.catalog.storefront;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.distribu.platform.security.PublicPaths;

@Configuration(proxyBeanMethods = false)
class StorefrontConfiguration {

	/** Shoppers browse the catalog before they sign in. */
	@Bean
	PublicPaths storefrontPaths() {
		return PublicPaths.of("/store/**");
	}

}
