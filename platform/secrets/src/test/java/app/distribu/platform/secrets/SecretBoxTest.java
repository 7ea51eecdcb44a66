package app.distribu.platform.secrets;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SecretBoxTest {

	private static final String OLD = "k1:" + key('a');

	private static final String NEW = "k2:" + key('b');

	@Test
	void sealedSecretOpensToTheSameText() {
		SecretBox box = new SecretBox(EncryptionKeys.parse(OLD));
		String sealed = box.seal("whsec_c2VjcmV0");
		assertThat(sealed).startsWith("enc:v1:k1:").doesNotContain("whsec_c2VjcmV0");
		assertThat(box.open(sealed)).isEqualTo("whsec_c2VjcmV0");
	}

	@Test
	void sealingTwiceGivesDifferentText() {
		SecretBox box = new SecretBox(EncryptionKeys.parse(OLD));
		assertThat(box.seal("same")).isNotEqualTo(box.seal("same"));
	}

	@Test
	void valuesSealedBeforeARotationStillOpenAndAreMarkedForResealing() {
		String sealedWithOld = new SecretBox(EncryptionKeys.parse(OLD)).seal("secret");
		SecretBox rotated = new SecretBox(EncryptionKeys.parse(NEW + "," + OLD));
		assertThat(rotated.open(sealedWithOld)).isEqualTo("secret");
		assertThat(rotated.needsResealing(sealedWithOld)).isTrue();
		assertThat(rotated.needsResealing(rotated.seal("secret"))).isFalse();
		assertThat(rotated.needsResealing("plain text")).isTrue();
	}

	@Test
	void tamperedValueIsRefused() {
		SecretBox box = new SecretBox(EncryptionKeys.parse(OLD));
		String sealed = box.seal("secret");
		// A character well inside the base64 text: near the end, one may only carry
		// padding bits, and changing it would change no byte.
		int at = sealed.length() - 10;
		String tampered = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);
		assertThatIllegalStateException().isThrownBy(() -> box.open(tampered));
	}

	@Test
	void valueSealedWithADroppedKeyNamesTheKey() {
		String sealedWithOld = new SecretBox(EncryptionKeys.parse(OLD)).seal("secret");
		SecretBox withoutOld = new SecretBox(EncryptionKeys.parse(NEW));
		assertThatIllegalStateException().isThrownBy(() -> withoutOld.open(sealedWithOld)).withMessageContaining("k1");
	}

	@Test
	void keysOfTheWrongLengthOrFormAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> EncryptionKeys.parse("k1:c2hvcnQ="))
			.withMessageContaining("32 bytes");
		assertThatIllegalArgumentException().isThrownBy(() -> EncryptionKeys.parse("no-colon"));
		assertThatIllegalArgumentException().isThrownBy(() -> EncryptionKeys.parse(OLD + "," + OLD))
			.withMessageContaining("twice");
		assertThatIllegalArgumentException().isThrownBy(() -> EncryptionKeys.parse(" "));
	}

	@Test
	void productionRefusesTheDevelopmentKey() {
		SecretsAutoConfiguration configuration = new SecretsAutoConfiguration();
		assertThatIllegalStateException().isThrownBy(() -> configuration
			.secretBox(new SecretsProperties(EncryptionKeys.DEVELOPMENT, true), new MockEnvironment()));
		assertThatIllegalStateException().as("DISTRIBU_PRODUCTION read directly too")
			.isThrownBy(() -> configuration.secretBox(new SecretsProperties(null, false),
					new MockEnvironment().withProperty("DISTRIBU_PRODUCTION", "true")));
		assertThat(configuration.secretBox(new SecretsProperties(null, false), new MockEnvironment())).isNotNull();
	}

	private static String key(char fill) {
		return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
	}

}
