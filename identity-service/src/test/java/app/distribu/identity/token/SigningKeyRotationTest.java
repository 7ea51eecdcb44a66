package app.distribu.identity.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import app.distribu.identity.IdentityTokens;
import app.distribu.platform.secrets.EncryptionKeys;
import app.distribu.platform.secrets.SecretBox;
import app.distribu.platform.test.ServiceTest;

import static app.distribu.identity.db.Tables.SIGNING_KEY;
import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@Import(SigningKeyRotationTest.Clocks.class)
// The current encryption key first, a rotated-out one after it (still opens old values).
@TestPropertySource(properties = "distribu.secrets.encryption-keys=" + SigningKeyRotationTest.NEW_KEY + ","
		+ SigningKeyRotationTest.OLD_KEY)
class SigningKeyRotationTest {

	static final String NEW_KEY = "k2:bmV3LWVuY3J5cHRpb24ta2V5LW9mLTMyLWJ5dGVzISE=";

	static final String OLD_KEY = "k1:b2xkLWVuY3J5cHRpb24ta2V5LW9mLTMyLWJ5dGVzISE=";

	@LocalServerPort
	int port;

	@Autowired
	TokenIssuer issuer;

	@Autowired
	SigningKeys keys;

	@Autowired
	MovableClock clock;

	@Autowired
	DSLContext db;

	@Autowired
	SecretBox box;

	@Test
	void signingKeysAreStoredSealedAndOlderRowsAreSealedWithTheCurrentKeyAtStart() throws Exception {
		IssuedToken token = sessionToken();
		String kid = kid(token);
		String stored = storedJwk(kid);
		assertThat(stored).startsWith("enc:v1:k2:").doesNotContain("\"d\"", "\"kty\"");

		String plain = this.box.open(stored);
		assertThat(plain).contains("\"d\"");
		this.db.update(SIGNING_KEY).set(SIGNING_KEY.JWK, plain).where(SIGNING_KEY.KID.eq(kid)).execute();
		this.keys.resealStoredKeys();
		assertThat(storedJwk(kid)).as("a row from before sealing").startsWith("enc:v1:k2:");

		String sealedWithOldKey = new SecretBox(EncryptionKeys.parse(OLD_KEY)).seal(plain);
		this.db.update(SIGNING_KEY).set(SIGNING_KEY.JWK, sealedWithOldKey).where(SIGNING_KEY.KID.eq(kid)).execute();
		assertThat(jwksKids()).as("still opens with the rotated-out key").contains(kid);
		this.keys.resealStoredKeys();
		assertThat(storedJwk(kid)).as("re-sealed with the current key").startsWith("enc:v1:k2:");

		assertThat(IdentityTokens.verify(this.port, token.value()).getSubject()).isNotBlank();
	}

	private String storedJwk(String kid) {
		return this.db.select(SIGNING_KEY.JWK).from(SIGNING_KEY).where(SIGNING_KEY.KID.eq(kid)).fetchSingle().value1();
	}

	@Test
	void rotationKeepsOldTokensValidUntilEveryTokenTheOldKeySignedHasExpired() throws Exception {
		IssuedToken before = sessionToken();
		String oldKid = kid(before);

		this.clock.advance(Duration.ofDays(29));
		this.keys.rotate();
		assertThat(kid(sessionToken())).as("a 29-day-old key is still young enough").isEqualTo(oldKid);

		this.clock.advance(Duration.ofDays(2));
		this.keys.rotate();
		IssuedToken after = sessionToken();
		assertThat(kid(after)).as("new tokens are signed with the new key").isNotEqualTo(oldKid);
		assertThat(jwksKids()).containsExactlyInAnyOrder(oldKid, kid(after));
		assertThat(IdentityTokens.verify(this.port, before.value()).getSubject()).isNotBlank();

		this.clock.advance(TokenIssuer.SESSION_LIFETIME);
		this.keys.rotate();
		assertThat(jwksKids()).as("kept while tokens it signed may be alive").contains(oldKid);

		this.clock.advance(Duration.ofHours(1).plusMinutes(1));
		this.keys.rotate();
		assertThat(jwksKids()).as("dropped once they have all expired").containsExactly(kid(after));
		assertThat(IdentityTokens.verify(this.port, after.value()).getSubject()).isNotBlank();
	}

	private IssuedToken sessionToken() {
		return this.issuer.support(UUID.randomUUID(), "agent@distribu.test", "Agent");
	}

	private static String kid(IssuedToken token) throws Exception {
		return SignedJWT.parse(token.value()).getHeader().getKeyID();
	}

	private List<String> jwksKids() throws Exception {
		String jwks = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/.well-known/jwks.json")
			.retrieve()
			.body(String.class);
		return JWKSet.parse(jwks).getKeys().stream().map(JWK::getKeyID).toList();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

	/** A clock the test moves forward instead of waiting days. */
	static class MovableClock extends Clock {

		private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

		void advance(Duration duration) {
			this.now.updateAndGet((instant) -> instant.plus(duration));
		}

		@Override
		public Instant instant() {
			return this.now.get();
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
