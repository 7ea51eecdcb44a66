package app.distribu.identity.team;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of an invite link: 256 random bits, base64url; only its SHA-256 is stored.
 */
final class InviteToken {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

	private InviteToken() {
	}

	static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static boolean wellFormed(String token) {
		return token != null && FORMAT.matcher(token).matches();
	}

	static String sha256Hex(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
