package app.distribu.identity.sso;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads a provider's OpenID Connect discovery document when an owner saves the settings,
 * so a typo is reported on the page rather than at the team's next sign-in. Short
 * timeouts: the owner is waiting.
 */
@Component
class Discovery {

	static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final RestClient http;

	Discovery() {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build());
		requests.setReadTimeout(TIMEOUT);
		this.http = RestClient.builder().requestFactory(requests).build();
	}

	/** Throws {@link SsoProblem#providerUnusable} naming what is wrong. */
	void check(String issuer) {
		String location = issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
		Map<?, ?> document;
		try {
			document = this.http.get()
				.uri(URI.create(location))
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(Map.class);
		}
		catch (RestClientException | IllegalArgumentException ex) {
			throw SsoProblem.providerUnusable("Could not read the OpenID Connect discovery document at " + location
					+ ". Check the issuer URL and that Distribu can reach your provider.");
		}
		if (document == null || !issuer.equals(document.get("issuer"))) {
			throw SsoProblem.providerUnusable("The discovery document at " + location + " names the issuer "
					+ (document == null ? "(none)" : document.get("issuer"))
					+ ", not the URL entered. Use the issuer exactly as your provider states it.");
		}
		for (String required : new String[] { "authorization_endpoint", "token_endpoint", "jwks_uri" }) {
			if (!(document.get(required) instanceof String)) {
				throw SsoProblem.providerUnusable("The discovery document at " + location + " has no " + required
						+ "; it does not look like an OpenID Connect provider.");
			}
		}
	}

}
