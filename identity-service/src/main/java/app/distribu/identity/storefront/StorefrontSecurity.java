package app.distribu.identity.storefront;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.distribu.platform.security.PublicPaths;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DomainProperties.class)
class StorefrontSecurity {

	/** Logos are shown before sign-in and in emails; the gateway asks for domains. */
	@Bean
	PublicPaths storefrontSettingsPublicPaths() {
		return PublicPaths.of("/store/*/logo", "/internal/store-domains/*");
	}

}
