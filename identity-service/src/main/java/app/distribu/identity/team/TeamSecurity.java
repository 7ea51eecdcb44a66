package app.distribu.identity.team;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.distribu.platform.security.PublicPaths;

@Configuration(proxyBeanMethods = false)
class TeamSecurity {

	/**
	 * Invite links are opened by people without an account; a signed-in visitor is still
	 * recognised from the session cookie.
	 */
	@Bean
	PublicPaths invitePublicPaths() {
		return PublicPaths.of("/invites/**");
	}

}
