package app.distribu.identity.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicBaseUrl the address users see (the gateway), for storefront links
 * @param cookieSecure whether the session cookie needs HTTPS ({@code COOKIE_SECURE})
 */
@ConfigurationProperties("distribu.identity")
public record IdentityProperties(String publicBaseUrl, boolean cookieSecure) {

	public IdentityProperties {
		if (publicBaseUrl == null || publicBaseUrl.isBlank()) {
			publicBaseUrl = "http://localhost:8080";
		}
		publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
	}

}
