package app.distribu.identity;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Verifies identity-signed tokens against identity's own JWKS, as any service would. */
public final class IdentityTokens {

	private IdentityTokens() {
	}

	public static JWTClaimsSet verify(int port, String token) throws Exception {
		String jwks = RestClient.create("http://localhost:" + port)
			.get()
			.uri("/.well-known/jwks.json")
			.retrieve()
			.body(String.class);
		SignedJWT jwt = SignedJWT.parse(token);
		RSAKey key = JWKSet.parse(jwks).getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey();
		assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
		assertThat(jwt.verify(new RSASSAVerifier(key))).as("signature verifies against the JWKS").isTrue();
		return jwt.getJWTClaimsSet();
	}

}
