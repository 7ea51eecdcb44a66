package app.distribu.identity.help;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.distribu.platform.security.PublicPaths;

@Configuration(proxyBeanMethods = false)
class HelpSecurity {

	/** Buyers and people who cannot sign in need help most. */
	@Bean
	PublicPaths helpPublicPaths() {
		return PublicPaths.of("/help");
	}

}
