package app.distribu.identity.sso;

import java.util.UUID;

/** A company's OpenID Connect provider as its owner saved it. */
record SsoSettings(UUID companyId, String issuer, String clientId, String clientSecret, boolean enabled) {

	/** Whether a registration built earlier still describes these settings. */
	String fingerprint() {
		return this.issuer + "\n" + this.clientId + "\n" + this.clientSecret;
	}

}
