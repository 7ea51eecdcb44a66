package app.distribu.identity.sso;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A provider that answers every request with a redirect (here to another loopback server)
 * sends identity nowhere: discovery, the token exchange and the key fetch each fail, and
 * the redirect's target never sees a request.
 */
class ProviderRedirectsTest {

	private HttpServer provider;

	private HttpServer elsewhere;

	private final AtomicInteger reachedElsewhere = new AtomicInteger();

	@BeforeEach
	void start() throws IOException {
		this.elsewhere = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.elsewhere.createContext("/", (exchange) -> {
			this.reachedElsewhere.incrementAndGet();
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		this.elsewhere.start();
		this.provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.provider.createContext("/", (exchange) -> {
			exchange.getResponseHeaders()
				.set("Location", "http://127.0.0.1:" + this.elsewhere.getAddress().getPort() + "/internal-thing");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		this.provider.start();
	}

	@AfterEach
	void stop() {
		this.provider.stop(0);
		this.elsewhere.stop(0);
	}

	@Test
	void discoveryFollowsNoRedirect() {
		assertThatExceptionOfType(SsoProblem.class).isThrownBy(() -> new Discovery().fetch(providerUrl()))
			.withMessageContaining("with a redirect, which Distribu does not follow");
		assertThat(this.reachedElsewhere).hasValue(0);
	}

	@Test
	void theTokenExchangeFollowsNoRedirect() {
		ClientRegistration registration = registration();
		OAuth2AuthorizationRequest request = OAuth2AuthorizationRequest.authorizationCode()
			.authorizationUri(registration.getProviderDetails().getAuthorizationUri())
			.clientId("distribu")
			.redirectUri("http://localhost/login/oauth2/code/x")
			.state("state")
			.build();
		OAuth2AuthorizationResponse response = OAuth2AuthorizationResponse.success("code")
			.redirectUri("http://localhost/login/oauth2/code/x")
			.state("state")
			.build();

		assertThatException().isThrownBy(() -> ProviderHttp.codeExchange()
			.getTokenResponse(new OAuth2AuthorizationCodeGrantRequest(registration,
					new OAuth2AuthorizationExchange(request, response))));
		assertThat(this.reachedElsewhere).hasValue(0);
	}

	@Test
	void theKeyFetchFollowsNoRedirect() throws Exception {
		RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
		SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
				new JWTClaimsSet.Builder().subject("someone").issuer(providerUrl()).build());
		idToken.sign(new RSASSASigner(key));

		assertThatException()
			.isThrownBy(() -> new IdTokenDecoders().createDecoder(registration()).decode(idToken.serialize()));
		assertThat(this.reachedElsewhere).hasValue(0);
	}

	private ClientRegistration registration() {
		return ClientRegistration.withRegistrationId(UUID.randomUUID().toString())
			.clientId("distribu")
			.clientSecret("secret")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("http://localhost/login/oauth2/code/{registrationId}")
			.scope("openid")
			.authorizationUri(providerUrl() + "/auth")
			.tokenUri(providerUrl() + "/token")
			.jwkSetUri(providerUrl() + "/keys")
			.issuerUri(providerUrl())
			.build();
	}

	private String providerUrl() {
		return "http://127.0.0.1:" + this.provider.getAddress().getPort();
	}

}
