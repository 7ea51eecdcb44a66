package app.distribu.identity.profile;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.distribu.platform.security.PublicPaths;

@Configuration(proxyBeanMethods = false)
class ProfileSecurity {

	/**
	 * The link is the credential: it may be opened in another browser, where nobody is
	 * signed in.
	 */
	@Bean
	PublicPaths emailConfirmationPublicPaths() {
		return PublicPaths.of("/dashboard/settings/profile/email/confirm/*",
				"/dashboard/settings/profile/email/changed");
	}

}
