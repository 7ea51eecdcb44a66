package app.distribu.order.outcome;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.distribu.platform.security.PublicPaths;

/** The outcome endpoint carries no token: {@link OrderOutcomeApi} checks the secret. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutcomeProperties.class)
class OutcomeConfiguration {

	@Bean
	PublicPaths orderOutcomePublicPaths() {
		return PublicPaths.of("/internal/order-outcomes/**");
	}

}
