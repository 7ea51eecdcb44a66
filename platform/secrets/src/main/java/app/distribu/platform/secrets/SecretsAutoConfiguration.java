package app.distribu.platform.secrets;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * A {@link SecretBox} for every service that stores secrets it must read back. Lazy: a
 * service that seals nothing needs no {@code ENCRYPTION_KEYS}, even in production.
 */
@AutoConfiguration
@EnableConfigurationProperties(SecretsProperties.class)
public class SecretsAutoConfiguration {

	@Bean
	@Lazy
	SecretBox secretBox(SecretsProperties properties, Environment environment) {
		if ((properties.production() || ProductionSecrets.production(environment))
				&& properties.encryptionKeys().contains(EncryptionKeys.DEVELOPMENT)) {
			throw new IllegalStateException(
					"ENCRYPTION_KEYS still holds the development key; production needs its own (see docs/security.md).");
		}
		return new SecretBox(EncryptionKeys.parse(properties.encryptionKeys()));
	}

}
