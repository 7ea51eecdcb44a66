package app.distribu.platform.secrets;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** A {@link SecretBox} for every service that stores secrets it must read back. */
@AutoConfiguration
@EnableConfigurationProperties(SecretsProperties.class)
public class SecretsAutoConfiguration {

	@Bean
	SecretBox secretBox(SecretsProperties properties) {
		if (properties.production() && properties.encryptionKeys().contains(EncryptionKeys.DEVELOPMENT)) {
			throw new IllegalStateException(
					"ENCRYPTION_KEYS still holds the development key; production needs its own (see docs/security.md).");
		}
		return new SecretBox(EncryptionKeys.parse(properties.encryptionKeys()));
	}

}
