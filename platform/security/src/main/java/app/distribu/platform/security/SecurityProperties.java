package app.distribu.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param jwksUri where identity-service publishes its signing keys
 * @param signInPath where a page request without a session is sent
 */
@ConfigurationProperties("distribu.security")
public record SecurityProperties(String jwksUri, String signInPath) {

	public SecurityProperties {
		if (jwksUri == null) {
			jwksUri = "http://localhost:8081/.well-known/jwks.json";
		}
		if (signInPath == null) {
			signInPath = "/login";
		}
	}

}
