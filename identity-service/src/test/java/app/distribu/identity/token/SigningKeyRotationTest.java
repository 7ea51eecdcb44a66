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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.web.client.RestClient;

import app.distribu.identity.IdentityTokens;
import app.distribu.platform.test.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@Import(SigningKeyRotationTest.Clocks.class)
class SigningKeyRotationTest {

	@LocalServerPort
	int port;

	@Autowired
	TokenIssuer issuer;

	@Autowired
	SigningKeys keys;

	@Autowired
	MovableClock clock;

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
