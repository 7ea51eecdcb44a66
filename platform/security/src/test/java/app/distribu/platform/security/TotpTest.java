package app.distribu.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

	private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA512_SEED = "1234567890123456789012345678901234567890123456789012345678901234"
		.getBytes(StandardCharsets.US_ASCII);

	/** RFC 6238, Appendix B: every test vector, 8 digits, X = 30 s, T0 = 0. */
	@ParameterizedTest
	@CsvSource({ "59, 94287082, 46119246, 90693936", "1111111109, 07081804, 68084774, 25091201",
			"1111111111, 14050471, 67062674, 99943326", "1234567890, 89005924, 91819424, 93441116",
			"2000000000, 69279037, 90698825, 38618901", "20000000000, 65353130, 77737706, 47863826" })
	void matchesTheRfc6238TestVectors(long time, String sha1, String sha256, String sha512) {
		long step = Totp.step(Instant.ofEpochSecond(time));
		assertThat(Totp.code(SHA1_SEED, step, 8, "HmacSHA1")).isEqualTo(sha1);
		assertThat(Totp.code(SHA256_SEED, step, 8, "HmacSHA256")).isEqualTo(sha256);
		assertThat(Totp.code(SHA512_SEED, step, 8, "HmacSHA512")).isEqualTo(sha512);
	}

	/** RFC 4226, Appendix D: the HOTP values TOTP is built on, 6 digits. */
	@Test
	void matchesTheRfc4226HotpTestVectors() {
		String[] expected = { "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871",
				"520489" };
		for (int count = 0; count < expected.length; count++) {
			assertThat(Totp.code(SHA1_SEED, count, 6, "HmacSHA1")).isEqualTo(expected[count]);
		}
	}

	/** RFC 4648, section 10 (without the padding authenticator apps do not want). */
	@Test
	void base32MatchesRfc4648BothWays() {
		String[][] vectors = { { "f", "MY" }, { "fo", "MZXQ" }, { "foo", "MZXW6" }, { "foob", "MZXW6YQ" },
				{ "fooba", "MZXW6YTB" }, { "foobar", "MZXW6YTBOI" } };
		for (String[] vector : vectors) {
			assertThat(Totp.base32(vector[0].getBytes(StandardCharsets.US_ASCII))).isEqualTo(vector[1]);
			assertThat(new String(Totp.fromBase32(vector[1]), StandardCharsets.US_ASCII)).isEqualTo(vector[0]);
		}
		assertThat(Totp.fromBase32("mzxw 6ytb-oi======")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
	}

	@Test
	void aCodeIsAcceptedOneStepEitherSideAndNoFurther() {
		String secret = Totp.base32(SHA1_SEED);
		Instant now = Instant.ofEpochSecond(1111111111);
		long step = Totp.step(now);
		assertThat(Totp.matchingStep(secret, "050471", now)).hasValue(step);
		assertThat(Totp.matchingStep(secret, " 050 471 ", now)).as("spaces as apps show them").hasValue(step);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now)).isEmpty();
		assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
		assertThat(Totp.matchingStep(secret, null, now)).isEmpty();
	}

	@Test
	void newSecretsAre160BitsAndTheUriIsWhatAppsRead() {
		String secret = Totp.newSecret();
		assertThat(Totp.fromBase32(secret)).hasSize(20);
		assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
		assertThat(Totp.uri("Distribu support", "ada@distribu.test", "JBSWY3DPEHPK3PXP")).isEqualTo(
				"otpauth://totp/Distribu%20support:ada%40distribu.test?secret=JBSWY3DPEHPK3PXP&issuer=Distribu%20support"
						+ "&algorithm=SHA1&digits=6&period=30");
	}

}
