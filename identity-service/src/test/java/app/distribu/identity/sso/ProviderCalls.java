package app.distribu.identity.sso;

import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;

/**
 * The two requests identity sends to a provider during sign-in, made the way Spring
 * Security makes them: the code exchange and the ID token check (which fetches the keys).
 */
final class ProviderCalls {

	private ProviderCalls() {
	}

	static ClientRegistration registration(String issuer, String tokenUri, String jwkSetUri) {
		return ClientRegistration.withRegistrationId(UUID.randomUUID().toString())
			.clientId("distribu")
			.clientSecret("secret")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("http://localhost/login/oauth2/code/{registrationId}")
			.scope("openid")
			.authorizationUri(issuer + "/auth")
			.tokenUri(tokenUri)
			.jwkSetUri(jwkSetUri)
			.issuerUri(issuer)
			.build();
	}

	static void exchangeCode(ProviderHttp http, ClientRegistration registration) {
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
		http.codeExchange()
			.getTokenResponse(new OAuth2AuthorizationCodeGrantRequest(registration,
					new OAuth2AuthorizationExchange(request, response)));
	}

	static void checkIdToken(ProviderHttp http, ClientRegistration registration) throws JOSEException {
		RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
		SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
				new JWTClaimsSet.Builder().subject("someone")
					.issuer(registration.getProviderDetails().getIssuerUri())
					.build());
		idToken.sign(new RSASSASigner(key));
		new IdTokenDecoders(http).createDecoder(registration).decode(idToken.serialize());
	}

}
