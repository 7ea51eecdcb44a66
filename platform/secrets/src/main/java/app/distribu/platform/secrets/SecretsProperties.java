package app.distribu.platform.secrets;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param encryptionKeys {@code id:base64} entries, the first one sealing
 * ({@code ENCRYPTION_KEYS})
 * @param production true in production ({@code DISTRIBU_PRODUCTION}): development
 * defaults are refused there
 */
@ConfigurationProperties("distribu.secrets")
public record SecretsProperties(String encryptionKeys, boolean production) {

	public SecretsProperties {
		// Blank too: services map ${ENCRYPTION_KEYS:} here, empty when it is not set.
		if (encryptionKeys == null || encryptionKeys.isBlank()) {
			encryptionKeys = EncryptionKeys.DEVELOPMENT;
		}
	}

}
