package app.distribu.identity.token;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxAge a new signing key is created once the newest is older than this
 * ({@code SIGNING_KEY_MAX_AGE}, default 30 days)
 */
@ConfigurationProperties("distribu.identity.signing-key")
record SigningKeyProperties(Duration maxAge) {

	SigningKeyProperties {
		if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
			maxAge = Duration.ofDays(30);
		}
	}

}
