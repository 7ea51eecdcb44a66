package app.distribu.platform.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals a secret as {@code enc:v1:<keyId>:<base64(nonce | ciphertext+tag)>} with
 * AES-256-GCM and opens it again. The key id travels with the value, so a value sealed
 * before a rotation still opens with the old key while new values use the new one.
 */
public final class SecretBox {

	private static final String PREFIX = "enc:v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final EncryptionKeys keys;

	private final SecureRandom random = new SecureRandom();

	public SecretBox(EncryptionKeys keys) {
		this.keys = keys;
	}

	public String seal(String plain) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(this.keys.currentId().getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
			return PREFIX + this.keys.currentId() + ":" + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not seal a secret", ex);
		}
	}

	public String open(String sealed) {
		if (!isSealed(sealed)) {
			throw new IllegalArgumentException("Not a sealed secret.");
		}
		String rest = sealed.substring(PREFIX.length());
		int colon = rest.indexOf(':');
		String keyId = rest.substring(0, colon);
		byte[] bytes = Base64.getDecoder().decode(rest.substring(colon + 1));
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.keys.byId(keyId),
					new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
			byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A sealed secret did not open with key '" + keyId
					+ "' (tampered with, or the key material changed).", ex);
		}
	}

	public static boolean isSealed(String value) {
		return value != null && value.startsWith(PREFIX) && value.indexOf(':', PREFIX.length()) > PREFIX.length();
	}

	/**
	 * True when the value is plain text or sealed with a key other than the current one:
	 * a rotation job re-seals such values and then the old key can be dropped.
	 */
	public boolean needsResealing(String value) {
		if (!isSealed(value)) {
			return true;
		}
		String rest = value.substring(PREFIX.length());
		return !rest.substring(0, rest.indexOf(':')).equals(this.keys.currentId());
	}

}
