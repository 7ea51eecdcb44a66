package app.distribu.identity;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import app.distribu.platform.security.TokenClaims;

/**
 * {@code @ServiceTest} trusts only {@code TestTokens}' key. Browser tests sign in for
 * real, so the session cookies identity issues must verify too: tokens the test key does
 * not know are checked against identity's own JWKS on its random port.
 */
@TestConfiguration(proxyBeanMethods = false)
public class IdentitySignedSessions {

	@Bean
	static BeanPostProcessor trustIdentitySignedSessions(Environment environment) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JwtDecoder testKeys) ? new EitherKey(testKeys, environment) : bean;
			}

		};
	}

	private static final class EitherKey implements JwtDecoder {

		private final JwtDecoder testKeys;

		private final Environment environment;

		private volatile JwtDecoder identityKeys;

		EitherKey(JwtDecoder testKeys, Environment environment) {
			this.testKeys = testKeys;
			this.environment = environment;
		}

		@Override
		public Jwt decode(String token) {
			try {
				return this.testKeys.decode(token);
			}
			catch (JwtException ex) {
				return identityKeys().decode(token);
			}
		}

		private JwtDecoder identityKeys() {
			if (this.identityKeys == null) {
				NimbusJwtDecoder decoder = NimbusJwtDecoder
					.withJwkSetUri("http://localhost:" + this.environment.getProperty("local.server.port")
							+ "/.well-known/jwks.json")
					.build();
				decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(TokenClaims.ISSUER));
				this.identityKeys = decoder;
			}
			return this.identityKeys;
		}

	}

}
