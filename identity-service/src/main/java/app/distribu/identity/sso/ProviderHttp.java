package app.distribu.identity.sso;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

import app.distribu.platform.outbound.OutboundDecision;
import app.distribu.platform.outbound.OutboundGuard;
import app.distribu.platform.outbound.PinnedHttpClient;

/**
 * Every request identity makes to a company's identity provider (discovery, token, keys)
 * goes through these clients, over {@link GuardedRequests}: the address is checked by the
 * outbound guard after DNS (the token and key URLs come from the provider's own document,
 * so they are checked too), the connection goes to that address only, one 5-second
 * deadline covers the whole request, and redirects are never followed, so a provider
 * cannot send identity to an address nobody entered.
 */
@Component
class ProviderHttp {

	static final Duration DEADLINE = Duration.ofSeconds(5);

	/**
	 * Discovery documents, key sets and token answers are a few kilobytes; a longer body
	 * is cut here and then fails to parse.
	 */
	static final int MAX_BODY = 1024 * 1024;

	private final OutboundGuard guard;

	private final GuardedRequests requests;

	ProviderHttp(OutboundGuard guard, PinnedHttpClient http) {
		this.guard = guard;
		this.requests = new GuardedRequests(guard, http, DEADLINE, MAX_BODY);
	}

	/** Why the guard would refuse this URL now, if it would. */
	Optional<OutboundDecision.Refused> refusal(String url) {
		return (this.guard.check(url) instanceof OutboundDecision.Refused refused) ? Optional.of(refused)
				: Optional.empty();
	}

	/** Discovery documents. */
	RestClient documents() {
		return RestClient.builder().requestFactory(this.requests).build();
	}

	/**
	 * Spring Security's authorization-code exchange, with what its own client reads and
	 * writes.
	 */
	RestClientAuthorizationCodeTokenResponseClient codeExchange() {
		RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
		client.setRestClient(RestClient.builder()
			.requestFactory(this.requests)
			.messageConverters((converters) -> converters.addAll(0,
					List.of(new FormHttpMessageConverter(), new OAuth2AccessTokenResponseHttpMessageConverter())))
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build());
		return client;
	}

	/** The provider's signing keys (Nimbus takes a {@code RestOperations}). */
	RestTemplate keys() {
		return new RestTemplate(this.requests);
	}

}
