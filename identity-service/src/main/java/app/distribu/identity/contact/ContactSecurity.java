package app.distribu.identity.contact;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.distribu.platform.security.PublicPaths;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContactLinkProperties.class)
class ContactSecurity {

	/** The link is the credential; the internal call checks the shared secret itself. */
	@Bean
	PublicPaths contactSignInPaths() {
		return PublicPaths.of("/internal/contact-links", "/store/*/signin/*", "/store/*/logout");
	}

}
