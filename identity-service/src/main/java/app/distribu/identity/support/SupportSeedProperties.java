package app.distribu.identity.support;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The support account created or updated at start ({@code SUPPORT_EMAIL},
 * {@code SUPPORT_PASSWORD}); nothing happens unless both are set.
 */
@ConfigurationProperties("distribu.identity.support")
record SupportSeedProperties(String email, String password) {

	boolean configured() {
		return this.email != null && !this.email.isBlank() && this.password != null && !this.password.isEmpty();
	}

	@Override
	public String toString() {
		// Never print the password, whoever logs this record.
		return "SupportSeedProperties[email=" + this.email + "]";
	}

}
