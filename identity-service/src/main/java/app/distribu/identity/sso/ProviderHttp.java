package app.distribu.identity.sso;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * Every request identity makes to a company's identity provider (discovery, token, keys)
 * goes through these clients: short timeouts, and redirects never followed, so a provider
 * cannot send identity to an address nobody entered.
 */
final class ProviderHttp {

	static final Duration TIMEOUT = Duration.ofSeconds(5);

	private ProviderHttp() {
	}

	static JdkClientHttpRequestFactory requests() {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build());
		requests.setReadTimeout(TIMEOUT);
		return requests;
	}

	/** Discovery documents. */
	static RestClient documents() {
		return RestClient.builder().requestFactory(requests()).build();
	}

	/** The token endpoint, with what Spring Security's own client reads and writes. */
	static RestClient tokens() {
		return RestClient.builder()
			.requestFactory(requests())
			.messageConverters((converters) -> converters.addAll(0,
					List.of(new FormHttpMessageConverter(), new OAuth2AccessTokenResponseHttpMessageConverter())))
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build();
	}

	/** Spring Security's authorization-code exchange, through {@link #tokens()}. */
	static RestClientAuthorizationCodeTokenResponseClient codeExchange() {
		RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
		client.setRestClient(tokens());
		return client;
	}

	/** The provider's signing keys (Nimbus takes a {@code RestOperations}). */
	static RestTemplate keys() {
		return new RestTemplate(requests());
	}

}
