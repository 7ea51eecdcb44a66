package app.distribu.webhook.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two signatures every delivery carries.
 * <ul>
 * <li>{@code X-Distribu-Signature}: lower-case hex HMAC-SHA256 of the raw body, keyed
 * with the whole secret string as UTF-8 bytes (the FAQ's scheme).</li>
 * <li>{@code webhook-signature} (Standard Webhooks): {@code v1,} + base64 HMAC-SHA256 of
 * {@code id.timestamp.body}, keyed with the base64-decoded part of the secret after
 * {@code whsec_}.</li>
 * </ul>
 */
final class Signatures {

	private static final String PREFIX = "whsec_";

	private Signatures() {
	}

	static String hex(String secret, byte[] body) {
		return HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), body));
	}

	static String standard(String secret, String webhookId, long timestamp, byte[] body) {
		byte[] prefix = (webhookId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[prefix.length + body.length];
		System.arraycopy(prefix, 0, content, 0, prefix.length);
		System.arraycopy(body, 0, content, prefix.length, body.length);
		return "v1," + Base64.getEncoder().encodeToString(hmac(key(secret), content));
	}

	/**
	 * The key bytes of a {@code whsec_} secret. Secrets made before the standard alphabet
	 * was used are base64url; both decode to the same key.
	 */
	static byte[] key(String secret) {
		String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
		return Base64.getDecoder().decode(padded(encoded.replace('-', '+').replace('_', '/')));
	}

	private static String padded(String base64) {
		int missing = (4 - base64.length() % 4) % 4;
		return base64 + "=".repeat(missing);
	}

	private static byte[] hmac(byte[] key, byte[] content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(content);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
