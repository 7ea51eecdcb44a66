package app.distribu.identity.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Which key signs new tokens, and when keys are rotated and dropped. Rotation never signs
 * anyone out: a superseded key stays in the JWKS until every token it signed has expired.
 */
@Component
class SigningKeys {

	/**
	 * How often a replica re-reads the newest key, so it follows a rotation made by
	 * another replica within minutes rather than at its own next daily check.
	 */
	static final Duration REFRESH = Duration.ofMinutes(5);

	/**
	 * How long a superseded key is kept: the longest token lifetime, plus the refresh lag
	 * of other replicas still signing with it and some clock skew.
	 */
	static final Duration RETENTION = TokenIssuer.SESSION_LIFETIME.plus(Duration.ofHours(1));

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private final SigningKeyRepository keys;

	private final SigningKeyProperties properties;

	private final Clock clock;

	private volatile Loaded loaded;

	SigningKeys(SigningKeyRepository keys, SigningKeyProperties properties, Clock clock) {
		this.keys = keys;
		this.properties = properties;
		this.clock = clock;
	}

	/** The key new tokens are signed with. */
	RSAKey signingKey() {
		Loaded current = this.loaded;
		Instant now = Instant.now(this.clock);
		if (current == null || current.at().plus(REFRESH).isBefore(now)) {
			current = new Loaded(this.keys.newest().orElseGet(this::rotate), now);
			this.loaded = current;
		}
		return current.key();
	}

	/**
	 * Creates a key when the newest is too old (or none exists) and drops keys whose
	 * tokens have all expired. Runs at start and daily on every replica; the database
	 * lock makes them agree on one new key.
	 */
	@Scheduled(initialDelay = 0, fixedDelayString = "${distribu.identity.signing-key.check-interval:PT24H}")
	RSAKey rotate() {
		Instant now = Instant.now(this.clock);
		RSAKey newest = this.keys.rotate(now, now.minus(this.properties.maxAge()), now.minus(RETENTION),
				SigningKeys::generate);
		this.loaded = new Loaded(newest, now);
		return newest;
	}

	/**
	 * Keys stored before sealing existed, or sealed with an encryption key that has been
	 * rotated out of first place, are sealed with the current one at every start.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void resealStoredKeys() {
		int resealed = this.keys.reseal();
		if (resealed > 0) {
			log.info("Sealed {} signing key(s) with the current encryption key", resealed);
		}
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyID(UUID.randomUUID().toString())
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not generate a signing key", ex);
		}
	}

	private record Loaded(RSAKey key, Instant at) {

	}

}
