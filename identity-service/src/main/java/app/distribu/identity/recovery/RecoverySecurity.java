package app.distribu.identity.recovery;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.distribu.platform.security.PublicPaths;

@Configuration(proxyBeanMethods = false)
class RecoverySecurity {

	/** Someone who forgot their password has no session. */
	@Bean
	PublicPaths recoveryPublicPaths() {
		return PublicPaths.of("/forgot-password", "/forgot-password/sent", "/reset-password/*");
	}

}
