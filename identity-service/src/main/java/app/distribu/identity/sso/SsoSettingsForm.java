package app.distribu.identity.sso;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings form. A blank secret keeps the saved one, so the owner need not re-enter
 * it to switch SSO on or off; the page never shows the secret.
 */
record SsoSettingsForm(String issuer, String clientId, String clientSecret, Boolean enabled) {

	static SsoSettingsForm of(SsoSettings settings) {
		return new SsoSettingsForm(settings.issuer(), settings.clientId(), "", settings.enabled());
	}

	static SsoSettingsForm empty() {
		return new SsoSettingsForm("", "", "", false);
	}

	String trimmedIssuer() {
		return (this.issuer == null) ? "" : this.issuer.trim();
	}

	String trimmedClientId() {
		return (this.clientId == null) ? "" : this.clientId.trim();
	}

	/** Public for the template. */
	public boolean isEnabled() {
		return Boolean.TRUE.equals(this.enabled);
	}

	SsoSettingsForm withoutSecret() {
		return new SsoSettingsForm(this.issuer, this.clientId, "", this.enabled);
	}

	/** Field messages; empty when the form is complete. */
	Map<String, String> errors(boolean secretSaved) {
		Map<String, String> errors = new LinkedHashMap<>();
		String issuer = trimmedIssuer();
		if (!issuer.startsWith("https://") && !issuer.startsWith("http://")) {
			errors.put("issuer", "Enter the issuer URL, e.g. https://sso.example.com/realms/acme.");
		}
		else if (issuer.length() > 500) {
			errors.put("issuer", "The issuer URL is too long.");
		}
		if (trimmedClientId().isEmpty() || trimmedClientId().length() > 255) {
			errors.put("clientId", "Enter the client id your provider gave Distribu.");
		}
		boolean secretGiven = this.clientSecret != null && !this.clientSecret.isBlank();
		if (!secretGiven && !secretSaved) {
			errors.put("clientSecret", "Enter the client secret.");
		}
		else if (secretGiven && this.clientSecret.length() > 500) {
			errors.put("clientSecret", "The client secret is too long.");
		}
		return errors;
	}

}
