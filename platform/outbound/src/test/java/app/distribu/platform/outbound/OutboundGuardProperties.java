package app.distribu.platform.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import app.distribu.platform.outbound.OutboundDecision.Allowed;
import app.distribu.platform.outbound.OutboundDecision.Refused;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard's decision over generated addresses and URLs, against an independent
 * statement of the rules. Every host resolves through a table to the generated address:
 * nothing is looked up or connected to.
 */
class OutboundGuardProperties {

	@Property(tries = 2000)
	void anIpv4AddressIsAllowedExactlyWhenItIsOnThePublicInternet(@ForAll("ipv4") byte[] bytes) throws Exception {
		InetAddress address = InetAddress.getByAddress(bytes);

		OutboundDecision decision = guard(OutboundPolicy.PRODUCTION, address).check("https://host.test/hook");

		if (publicIpv4(bytes)) {
			assertThat(decision).isInstanceOfSatisfying(Allowed.class,
					(allowed) -> assertThat(allowed.address()).isEqualTo(address));
		}
		else {
			assertThat(decision).isInstanceOf(Refused.class);
		}
	}

	@Property(tries = 1000)
	void anIpv4AddressWrappedInIpv6IsNeverAWayIn(@ForAll("nonPublicIpv4") byte[] v4,
			@ForAll("wrappings") String wrapping) throws Exception {
		InetAddress address = InetAddress.getByAddress(wrap(wrapping, v4));

		assertThat(guard(OutboundPolicy.PRODUCTION, address).check("https://host.test/")).isInstanceOf(Refused.class);
	}

	@Property(tries = 2000)
	void anIpv6AddressOutsideGlobalUnicastIsRefused(@ForAll("ipv6") byte[] bytes) throws Exception {
		InetAddress address = InetAddress.getByAddress(bytes);
		boolean globalUnicast = (bytes[0] & 0xe0) == 0x20;

		OutboundDecision decision = guard(OutboundPolicy.PRODUCTION, address).check("https://host.test/");

		if (!globalUnicast || (bytes[0] == 0x20 && bytes[1] == 0x02)) {
			assertThat(decision).isInstanceOf(Refused.class);
		}
	}

	@Property(tries = 500)
	void oneForbiddenAnswerAmongPublicOnesRefusesTheHost(@ForAll("publicIpv4") byte[] good,
			@ForAll("nonPublicIpv4") byte[] bad, @ForAll boolean badFirst) throws Exception {
		InetAddress[] answers = badFirst
				? new InetAddress[] { InetAddress.getByAddress(bad), InetAddress.getByAddress(good) }
				: new InetAddress[] { InetAddress.getByAddress(good), InetAddress.getByAddress(bad) };
		OutboundGuard guard = new OutboundGuard(OutboundPolicy.PRODUCTION, (host) -> answers);

		assertThat(guard.check("https://host.test/")).isInstanceOf(Refused.class);
	}

	@Property(tries = 1000)
	void allowingLoopbackNeverLetsLinkLocalMetadataOrPrivateAddressesThrough(@ForAll("nonPublicIpv4") byte[] bytes)
			throws Exception {
		InetAddress address = InetAddress.getByAddress(bytes);
		OutboundGuard guard = guard(new OutboundPolicy(false, true), address);

		OutboundDecision decision = guard.check("http://host.test:8080/");

		assertThat(decision instanceof Allowed).isEqualTo((bytes[0] & 0xff) == 127);
	}

	@Property(tries = 3000)
	void anyTextGetsADecisionAndNeverAnException(@ForAll("urlish") String url) {
		OutboundGuard guard = new OutboundGuard(OutboundPolicy.PRODUCTION, (host) -> {
			throw new UnknownHostException(host);
		});

		OutboundDecision decision = guard.check(url);

		assertThat(decision).isInstanceOf(Refused.class);
	}

	@Property(tries = 1000)
	void plainHttpToAPublicAddressIsRefusedWhenHttpsIsRequired(@ForAll("publicIpv4") byte[] bytes) throws Exception {
		OutboundGuard guard = guard(OutboundPolicy.PRODUCTION, InetAddress.getByAddress(bytes));

		assertThat(guard.check("http://host.test/")).isInstanceOfSatisfying(Refused.class,
				(refused) -> assertThat(refused.reason()).isEqualTo(RefusalReason.HTTPS_REQUIRED));
		assertThat(guard.check("https://host.test/")).isInstanceOf(Allowed.class);
	}

	@Provide
	Arbitrary<byte[]> ipv4() {
		// Half the tries land in the interesting first octets.
		Arbitrary<Integer> first = Arbitraries.oneOf(Arbitraries.integers().between(0, 255),
				Arbitraries.of(0, 10, 100, 127, 169, 172, 192, 198, 203, 224, 240, 255));
		return Combinators.combine(first, octet(), octet(), octet())
			.as((a, b, c, d) -> new byte[] { a.byteValue(), b.byteValue(), c.byteValue(), d.byteValue() });
	}

	@Provide
	Arbitrary<byte[]> publicIpv4() {
		return ipv4().filter(OutboundGuardProperties::publicIpv4);
	}

	@Provide
	Arbitrary<byte[]> nonPublicIpv4() {
		return ipv4().filter((bytes) -> !publicIpv4(bytes));
	}

	@Provide
	Arbitrary<String> wrappings() {
		return Arbitraries.of("mapped", "nat64", "6to4");
	}

	@Provide
	Arbitrary<byte[]> ipv6() {
		return Arbitraries.bytes().array(byte[].class).ofSize(16);
	}

	@Provide
	Arbitrary<String> urlish() {
		Arbitrary<String> prefix = Arbitraries.of("", "http://", "https://", "https://[", "ftp://", "https://u:p@",
				"https://host.test:", "//", "javascript:");
		Arbitrary<String> rest = Arbitraries.strings().all().ofMaxLength(40);
		return Combinators.combine(prefix, rest).as(String::concat);
	}

	private static Arbitrary<Integer> octet() {
		return Arbitraries.integers().between(0, 255);
	}

	private static OutboundGuard guard(OutboundPolicy policy, InetAddress address) {
		return new OutboundGuard(policy, (host) -> new InetAddress[] { address });
	}

	/** The rules written out once more, octet by octet. */
	static boolean publicIpv4(byte[] bytes) {
		int a = bytes[0] & 0xff;
		int b = bytes[1] & 0xff;
		int c = bytes[2] & 0xff;
		boolean reserved = a == 0 || a == 10 || a == 127 || a >= 224 || (a == 100 && b >= 64 && b <= 127)
				|| (a == 169 && b == 254) || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168)
				|| (a == 192 && b == 0 && (c == 0 || c == 2)) || (a == 192 && b == 88 && c == 99)
				|| (a == 198 && (b == 18 || b == 19)) || (a == 198 && b == 51 && c == 100)
				|| (a == 203 && b == 0 && c == 113);
		return !reserved;
	}

	private static byte[] wrap(String wrapping, byte[] v4) {
		byte[] v6 = new byte[16];
		switch (wrapping) {
			case "mapped" -> {
				v6[10] = (byte) 0xff;
				v6[11] = (byte) 0xff;
				System.arraycopy(v4, 0, v6, 12, 4);
			}
			case "nat64" -> {
				v6[1] = 0x64;
				v6[2] = (byte) 0xff;
				v6[3] = (byte) 0x9b;
				System.arraycopy(v4, 0, v6, 12, 4);
			}
			default -> {
				v6[0] = 0x20;
				v6[1] = 0x02;
				System.arraycopy(v4, 0, v6, 2, 4);
			}
		}
		return v6;
	}

}
