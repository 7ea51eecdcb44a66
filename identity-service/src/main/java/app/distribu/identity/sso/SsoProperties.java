package app.distribu.identity.sso;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param callbackBaseUrl where browsers reach identity's {@code /login/oauth2/code/...}
 * (the gateway's public address); blank means the address of the request, which tests use
 * because they talk to the service on a random port
 */
@ConfigurationProperties("distribu.identity.sso")
record SsoProperties(String callbackBaseUrl) {

	String redirectUriTemplate() {
		String base = (this.callbackBaseUrl == null || this.callbackBaseUrl.isBlank()) ? "{baseUrl}"
				: this.callbackBaseUrl.replaceAll("/+$", "");
		return base + "/login/oauth2/code/{registrationId}";
	}

}
