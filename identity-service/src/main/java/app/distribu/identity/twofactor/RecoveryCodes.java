package app.distribu.identity.twofactor;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.distribu.identity.token.LinkToken;

/**
 * Ten single-use codes for when the authenticator is lost: 80 random bits each, written
 * as four groups of four base32 letters and digits. Only their SHA-256 is kept.
 */
final class RecoveryCodes {

	static final int COUNT = 10;

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private RecoveryCodes() {
	}

	static List<String> generate() {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 16; c++) {
				if (c > 0 && c % 4 == 0) {
					code.append('-');
				}
				code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
			}
			codes.add(code.toString());
		}
		return codes;
	}

	/** The same whatever the case, spaces or dashes a person types. */
	static String hash(String code) {
		return LinkToken.sha256Hex(code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
	}

	static boolean looksLikeOne(String typed) {
		return typed != null && typed.replaceAll("[\\s-]", "").length() == 16;
	}

}
