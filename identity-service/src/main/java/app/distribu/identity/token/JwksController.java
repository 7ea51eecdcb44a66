package app.distribu.identity.token;

import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public keys every service verifies tokens with. */
@RestController
class JwksController {

	private final SigningKeyRepository keys;

	private final SigningKeys signingKeys;

	JwksController(SigningKeyRepository keys, SigningKeys signingKeys) {
		this.keys = keys;
		this.signingKeys = signingKeys;
	}

	@GetMapping("/.well-known/jwks.json")
	ResponseEntity<Map<String, Object>> jwks() {
		// Never an empty JWKS, even before the first token is signed.
		this.signingKeys.signingKey();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.body(new JWKSet(this.keys.publicKeys()).toJSONObject());
	}

}
