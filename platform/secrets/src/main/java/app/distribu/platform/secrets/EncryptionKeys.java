package app.distribu.platform.secrets;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys secrets are sealed with, parsed from {@code id:base64,id:base64,...}: the
 * first seals, every one opens. Rotation: put a new key first, keep the old ones until
 * {@link SecretBox#needsResealing} finds nothing sealed with them.
 */
public final class EncryptionKeys {

	/**
	 * The key of the local stack and the tests. Refused when {@code production} is set.
	 */
	public static final String DEVELOPMENT = "dev:ZGlzdHJpYnUtZGV2ZWxvcG1lbnQta2V5LTMyYnl0ZSE=";

	private final String currentId;

	private final Map<String, SecretKey> byId;

	private EncryptionKeys(String currentId, Map<String, SecretKey> byId) {
		this.currentId = currentId;
		this.byId = byId;
	}

	public static EncryptionKeys parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("No encryption key is configured (ENCRYPTION_KEYS).");
		}
		Map<String, SecretKey> keys = new LinkedHashMap<>();
		List<String> order = new ArrayList<>();
		for (String entry : text.split(",")) {
			String[] parts = entry.trim().split(":", 2);
			if (parts.length != 2 || parts[0].isBlank() || !parts[0].matches("[A-Za-z0-9_-]{1,32}")) {
				throw new IllegalArgumentException(
						"Each encryption key reads id:base64, with an id of letters, digits, '-' or '_'.");
			}
			byte[] material = decode(parts[0], parts[1]);
			if (keys.put(parts[0], new SecretKeySpec(material, "AES")) != null) {
				throw new IllegalArgumentException("Encryption key id '" + parts[0] + "' appears twice.");
			}
			order.add(parts[0]);
		}
		return new EncryptionKeys(order.get(0), keys);
	}

	private static byte[] decode(String id, String base64) {
		byte[] material;
		try {
			material = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Encryption key '" + id + "' is not base64.");
		}
		if (material.length != 32) {
			throw new IllegalArgumentException(
					"Encryption key '" + id + "' must be 32 bytes (AES-256), not " + material.length + ".");
		}
		return material;
	}

	String currentId() {
		return this.currentId;
	}

	SecretKey current() {
		return this.byId.get(this.currentId);
	}

	SecretKey byId(String id) {
		SecretKey key = this.byId.get(id);
		if (key == null) {
			throw new IllegalStateException(
					"A secret was sealed with key '" + id + "', which is no longer configured in ENCRYPTION_KEYS.");
		}
		return key;
	}

	boolean contains(String id) {
		return this.byId.containsKey(id);
	}

}
