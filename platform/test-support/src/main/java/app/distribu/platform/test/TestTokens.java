package app.distribu.platform.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.PrincipalKind;
import app.distribu.platform.security.Role;
import app.distribu.platform.security.TokenClaims;

/**
 * Signs tokens shaped like identity-service's and serves their JWKS over real HTTP, so a
 * service under test verifies them exactly as it would in production.
 */
public final class TestTokens {

	private static RSAKey key;

	private static HttpServer jwks;

	private TestTokens() {
	}

	public static synchronized String jwksUri() {
		if (jwks == null) {
			try {
				key = new RSAKeyGenerator(2048).keyID("test-key").generate();
				byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
				jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
				jwks.createContext("/.well-known/jwks.json", (exchange) -> {
					exchange.getResponseHeaders().set("Content-Type", "application/json");
					exchange.sendResponseHeaders(200, body.length);
					try (OutputStream out = exchange.getResponseBody()) {
						out.write(body);
					}
				});
				jwks.setExecutor(Executors.newFixedThreadPool(4));
				jwks.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (JOSEException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/.well-known/jwks.json";
	}

	/** A dashboard session token for a team member of {@code companyId}. */
	public static String user(UUID companyId, UUID userId, Role... roles) {
		return sign(new JWTClaimsSet.Builder().subject(userId.toString())
			.claim(TokenClaims.KIND, PrincipalKind.USER.name())
			.claim(TokenClaims.COMPANY_ID, companyId.toString())
			.claim(TokenClaims.COMPANY_NAME, "Test Company")
			.claim(TokenClaims.COMPANY_SLUG, "test")
			.claim(TokenClaims.ROLES, Arrays.stream(roles).map(Role::name).toList())
			.claim(TokenClaims.EMAIL, "user-" + userId + "@example.test")
			.claim(TokenClaims.NAME, "Test User")
			.claim(TokenClaims.COMPANIES, List.of(Map.of("id", companyId.toString(), "name", "Test Company"))));
	}

	/** A support console session: no company (the nil UUID). */
	public static String support(UUID userId) {
		return sign(new JWTClaimsSet.Builder().subject(userId.toString())
			.claim(TokenClaims.KIND, PrincipalKind.SUPPORT.name())
			.claim(TokenClaims.COMPANY_ID, DistribuPrincipal.NO_COMPANY.toString())
			.claim(TokenClaims.EMAIL, "support-" + userId + "@distribu.test")
			.claim(TokenClaims.NAME, "Support Agent"));
	}

	/** The short-lived token the gateway forwards for an API key with these scopes. */
	public static String apiKey(UUID companyId, String... scopes) {
		return sign(new JWTClaimsSet.Builder().subject(UUID.randomUUID().toString())
			.claim(TokenClaims.KIND, PrincipalKind.API_KEY.name())
			.claim(TokenClaims.COMPANY_ID, companyId.toString())
			.claim(TokenClaims.SCOPES, List.of(scopes)));
	}

	/**
	 * A storefront session token for a customer contact of {@code companyId}, with the
	 * claims identity puts in one.
	 */
	public static String contact(UUID companyId, String slug, UUID contactId, UUID customerId) {
		return sign(new JWTClaimsSet.Builder().subject(contactId.toString())
			.claim(TokenClaims.KIND, PrincipalKind.CONTACT.name())
			.claim(TokenClaims.COMPANY_ID, companyId.toString())
			.claim(TokenClaims.COMPANY_NAME, "Test Company")
			.claim(TokenClaims.COMPANY_SLUG, slug)
			.claim(TokenClaims.EMAIL, "buyer-" + contactId + "@example.test")
			.claim(TokenClaims.NAME, "Test Buyer")
			.claim(TokenClaims.CUSTOMER_ID, customerId.toString()));
	}

	/**
	 * The same token, broken the way an attacker would try: every service must treat it
	 * as no token at all.
	 */
	public static String tampered(String token, Tampering tampering) {
		try {
			JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
			Instant now = Instant.now();
			return switch (tampering) {
				case EXPIRED -> sign(new JWTClaimsSet.Builder(claims).issueTime(Date.from(now.minusSeconds(7200)))
					.expirationTime(Date.from(now.minusSeconds(3600))), key);
				case SIGNED_BY_ANOTHER_KEY ->
					sign(new JWTClaimsSet.Builder(claims), new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate());
				case UNSIGNED -> new PlainJWT(claims).serialize();
				case HMAC_WITH_PUBLIC_KEY -> {
					SignedJWT jwt = new SignedJWT(
							new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(), claims);
					jwt.sign(new MACSigner(key.toPublicJWK().toRSAPublicKey().getEncoded()));
					yield jwt.serialize();
				}
				case OTHER_ISSUER -> sign(new JWTClaimsSet.Builder(claims).issuer("https://attacker.example"), key);
			};
		}
		catch (ParseException | JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Ways to forge or replay a token. */
	public enum Tampering {

		/** Properly signed, but its time is over. */
		EXPIRED,
		/** Signed by a key the services do not trust, under the trusted key's id. */
		SIGNED_BY_ANOTHER_KEY,
		/** {@code "alg": "none"} and no signature. */
		UNSIGNED,
		/** HS256 keyed with the public RSA key (the algorithm-confusion attack). */
		HMAC_WITH_PUBLIC_KEY,
		/** Properly signed, but not by identity's issuer. */
		OTHER_ISSUER

	}

	private static synchronized String sign(JWTClaimsSet.Builder claims) {
		jwksUri();
		Instant now = Instant.now();
		claims.issuer(TokenClaims.ISSUER).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)));
		return sign(claims, key);
	}

	private static String sign(JWTClaimsSet.Builder claims, RSAKey signingKey) {
		try {
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims.build());
			jwt.sign(new RSASSASigner(signingKey));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
