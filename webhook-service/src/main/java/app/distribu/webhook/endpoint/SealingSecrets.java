package app.distribu.webhook.endpoint;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import app.distribu.platform.secrets.SecretBox;

/**
 * At start, seals secrets still stored in plain text (written before secrets were
 * encrypted) and re-seals those sealed with a key that is no longer the first of
 * {@code ENCRYPTION_KEYS}, so after a key rotation the old key can be dropped once every
 * replica has started with the new list. Replicas doing it at once are harmless: a value
 * is replaced only if it is still the one read.
 */
@Component
class SealingSecrets implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SealingSecrets.class);

	private final EndpointRepository endpoints;

	private final SecretBox box;

	SealingSecrets(EndpointRepository endpoints, SecretBox box) {
		this.endpoints = endpoints;
		this.box = box;
	}

	@Override
	public void run(ApplicationArguments args) {
		int resealed = resealAll();
		if (resealed > 0) {
			log.info("Sealed {} webhook secrets with the current encryption key", resealed);
		}
	}

	int resealAll() {
		int resealed = 0;
		for (String[] row : this.endpoints.storedSecrets()) {
			String secret = row[1];
			String previous = row[2];
			if (!this.box.needsResealing(secret) && (previous == null || !this.box.needsResealing(previous))) {
				continue;
			}
			if (this.endpoints.reseal(UUID.fromString(row[0]), secret, reseal(secret), previous,
					(previous != null) ? reseal(previous) : null)) {
				resealed++;
			}
		}
		return resealed;
	}

	private String reseal(String stored) {
		return this.box.seal(SecretBox.isSealed(stored) ? this.box.open(stored) : stored);
	}

}
