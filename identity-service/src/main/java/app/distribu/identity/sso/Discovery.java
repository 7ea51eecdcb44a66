package app.distribu.identity.sso;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads a provider's OpenID Connect discovery document: when an owner saves the settings
 * (so a typo, or an address inside our network, is reported on the page rather than at
 * the team's next sign-in), and to build the company's registration. Every request goes
 * through the outbound guard ({@link ProviderHttp}); the token and key URLs the document
 * names are checked here too, so a document pointing inside our network is refused at
 * once.
 */
@Component
class Discovery {

	private final ProviderHttp provider;

	private final RestClient http;

	Discovery(ProviderHttp provider) {
		this.provider = provider;
		this.http = provider.documents();
	}

	/**
	 * The provider's endpoints; throws {@link SsoProblem#providerUnusable} naming what is
	 * wrong.
	 */
	ProviderMetadata fetch(String issuer) {
		String location = issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
		Map<?, ?> document;
		try {
			document = this.http.get()
				.uri(URI.create(location))
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.onStatus(HttpStatusCode::is3xxRedirection, (request, response) -> {
					throw SsoProblem.providerUnusable("The provider answered " + location
							+ " with a redirect, which Distribu does not follow. Enter the issuer exactly as your "
							+ "provider states it.");
				})
				.body(Map.class);
		}
		catch (RestClientException | IllegalArgumentException ex) {
			if (ex.getCause() instanceof GuardedRequests.AddressRefused refused) {
				throw SsoProblem.providerUnusable(refused.refused().describe("The issuer URL"));
			}
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
		// Identity calls these two itself (the browser goes to the authorization
		// endpoint).
		for (String called : new String[] { "token_endpoint", "jwks_uri" }) {
			String url = (String) document.get(called);
			this.provider.refusal(url).ifPresent((refused) -> {
				throw SsoProblem.providerUnusable(
						refused.describe("The " + called + " " + url + " in the discovery document at " + location));
			});
		}
		List<?> methods = (document.get("token_endpoint_auth_methods_supported") instanceof List<?> listed) ? listed
				: List.of();
		return new ProviderMetadata(issuer, (String) document.get("authorization_endpoint"),
				(String) document.get("token_endpoint"), (String) document.get("jwks_uri"), !methods.isEmpty()
						&& !methods.contains("client_secret_basic") && methods.contains("client_secret_post"));
	}

}
