package app.distribu.order.ordering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/**
 * An {@code Idempotency-Key} header and a hash of the parsed body it came with (so
 * whitespace and field order do not make two bodies differ): what every POST that honours
 * the header (orders, lists, quotes) remembers to answer a retry.
 */
record IdempotencyKey(String key, String requestHash) {

	/** Refuses a key that is empty, too long or not visible ASCII (400). */
	static IdempotencyKey of(String key, String canonicalBody) {
		if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch((c) -> c > 0x20 && c < 0x7f)) {
			throw new BadIdempotencyKey();
		}
		return new IdempotencyKey(key, sha256(canonicalBody));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static final class BadIdempotencyKey extends DomainProblem {

		BadIdempotencyKey() {
			super(HttpStatus.BAD_REQUEST, "Invalid request",
					"Idempotency-Key must be 1 to 255 visible ASCII characters.");
		}

	}

}
