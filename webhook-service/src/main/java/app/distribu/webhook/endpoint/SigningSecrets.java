package app.distribu.webhook.endpoint;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * A webhook's signing secrets in the clear, only ever in memory.
 *
 * @param current signs every delivery: {@code whsec_} + base64 of 32 random bytes
 * @param previous the secret before the last rotation, still signing until
 * {@code previousExpiresAt}; null when none
 */
public record SigningSecrets(String current, String previous, Instant previousExpiresAt) {

	private static final SecureRandom random = new SecureRandom();

	/**
	 * The standard base64 alphabet (with padding), as the Standard Webhooks libraries
	 * read it.
	 */
	static String newSecret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return "whsec_" + Base64.getEncoder().encodeToString(bytes);
	}

	/** The previous secret while its overlap lasts, else null. */
	public String previousAt(Instant now) {
		return (this.previous != null && this.previousExpiresAt != null && now.isBefore(this.previousExpiresAt))
				? this.previous : null;
	}

}
