package app.distribu.gateway.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param burst sign-in attempts one client address may make at once
 * @param perSecond how fast its allowance comes back
 */
@ConfigurationProperties("distribu.gateway.sign-in-shield")
record SignInShieldProperties(int burst, double perSecond) {

	SignInShieldProperties {
		if (burst < 1 || perSecond <= 0) {
			throw new IllegalArgumentException("The sign-in shield needs a burst of at least 1 and a positive rate");
		}
	}

}
