package app.distribu.identity.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.stereotype.Component;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.PrincipalKind;
import app.distribu.platform.security.TokenClaims;

/** Signs every token of the platform with the newest signing key (RS256). */
@Component
public class TokenIssuer {

	public static final Duration SESSION_LIFETIME = Duration.ofHours(8);

	public static final Duration API_KEY_LIFETIME = Duration.ofMinutes(5);

	/**
	 * Marks a session that a company's own identity provider vouched for; its value is
	 * that company's id.
	 */
	public static final String SSO_CLAIM = "sso";

	private final SigningKeys keys;

	private final SessionCompanies companies;

	private final SessionVersions versions;

	private final Clock clock;

	TokenIssuer(SigningKeys keys, SessionCompanies companies, SessionVersions versions, Clock clock) {
		this.keys = keys;
		this.companies = companies;
		this.versions = versions;
		this.clock = clock;
	}

	/** A USER token for the dashboard session cookie. */
	public IssuedToken session(UserSession session) {
		return sign(userToken(session, companiesClaim(session)), SESSION_LIFETIME);
	}

	/**
	 * A USER token from single sign-on: it lists and may act in that company only. A
	 * company's provider can vouch for any address, so it must not open the person's
	 * other companies (the switcher refuses such sessions).
	 */
	public IssuedToken ssoSession(UserSession session) {
		JWTClaimsSet.Builder claims = userToken(session,
				List.of(Map.of("id", session.companyId().toString(), "name", session.companyName())));
		return sign(claims.claim(SSO_CLAIM, session.companyId().toString()), SESSION_LIFETIME);
	}

	private JWTClaimsSet.Builder userToken(UserSession session, List<Map<String, String>> companies) {
		return sessionOf(session.userId()).claim(TokenClaims.KIND, PrincipalKind.USER.name())
			.claim(TokenClaims.COMPANY_ID, session.companyId().toString())
			.claim(TokenClaims.COMPANY_NAME, session.companyName())
			.claim(TokenClaims.COMPANY_SLUG, session.slug())
			.claim(TokenClaims.ROLES, List.of(session.role().name()))
			.claim(TokenClaims.EMAIL, session.email())
			.claim(TokenClaims.NAME, session.name())
			.claim(TokenClaims.COMPANIES, companies);
	}

	/** Every membership, so any service can draw the company switcher without a call. */
	private List<Map<String, String>> companiesClaim(UserSession session) {
		return this.companies.of(session.userId(), session.companyId())
			.stream()
			.map((company) -> Map.of("id", company.id().toString(), "name", company.name()))
			.toList();
	}

	/**
	 * A SUPPORT token for the support console: no company (the nil UUID), so tenant
	 * queries elsewhere find nothing.
	 */
	public IssuedToken support(UUID userId, String email, String name) {
		return sign(sessionOf(userId).claim(TokenClaims.KIND, PrincipalKind.SUPPORT.name())
			.claim(TokenClaims.COMPANY_ID, DistribuPrincipal.NO_COMPANY.toString())
			.claim(TokenClaims.EMAIL, email)
			.claim(TokenClaims.NAME, name), SESSION_LIFETIME);
	}

	/**
	 * A CONTACT token for one store's session cookie. Like dashboard sessions it lasts 8
	 * hours: signing keys are kept only that long (plus an hour) after a rotation.
	 */
	public IssuedToken contact(ContactSession session) {
		return sign(sessionOf(session.contactId()).claim(TokenClaims.KIND, PrincipalKind.CONTACT.name())
			.claim(TokenClaims.COMPANY_ID, session.companyId().toString())
			.claim(TokenClaims.COMPANY_NAME, session.companyName())
			.claim(TokenClaims.COMPANY_SLUG, session.slug())
			.claim(TokenClaims.CUSTOMER_ID, session.customerId().toString())
			.claim(TokenClaims.EMAIL, session.email())
			.claim(TokenClaims.NAME, session.name()), SESSION_LIFETIME);
	}

	/**
	 * A session token's subject and its current session version, so a later revocation
	 * can end it (see {@link SessionVersions}).
	 */
	private JWTClaimsSet.Builder sessionOf(UUID subject) {
		return new JWTClaimsSet.Builder().subject(subject.toString())
			.claim(TokenClaims.SESSION_VERSION, this.versions.current(subject));
	}

	/** The short-lived API_KEY token the gateway forwards instead of the key itself. */
	public IssuedToken apiKey(UUID apiKeyId, UUID companyId, List<String> scopes) {
		return sign(new JWTClaimsSet.Builder().subject(apiKeyId.toString())
			.claim(TokenClaims.KIND, PrincipalKind.API_KEY.name())
			.claim(TokenClaims.COMPANY_ID, companyId.toString())
			.claim(TokenClaims.SCOPES, scopes), API_KEY_LIFETIME);
	}

	private IssuedToken sign(JWTClaimsSet.Builder claims, Duration lifetime) {
		RSAKey key = this.keys.signingKey();
		Instant now = Instant.now(this.clock);
		Instant expiresAt = now.plus(lifetime);
		claims.issuer(TokenClaims.ISSUER)
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(expiresAt));
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					claims.build());
			jwt.sign(new RSASSASigner(key));
			return new IssuedToken(jwt.serialize(), expiresAt);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign a token", ex);
		}
	}

}
