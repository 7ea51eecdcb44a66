package app.distribu.identity.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param permits password hashes allowed at once (default: the number of CPUs)
 * @param maxWait how long a sign-in waits for a permit before being told to come back
 */
@ConfigurationProperties("distribu.identity.hashing")
record HashingProperties(Integer permits, Duration maxWait) {

	HashingProperties {
		if (permits == null || permits < 1) {
			permits = Runtime.getRuntime().availableProcessors();
		}
		if (maxWait == null) {
			maxWait = Duration.ofSeconds(2);
		}
	}

}
