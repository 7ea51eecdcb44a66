package app.distribu.platform.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.distribu.platform.outbound.OutboundDecision.Allowed;
import app.distribu.platform.outbound.OutboundDecision.Refused;

import static org.assertj.core.api.Assertions.assertThat;

/** Decisions only: hosts resolve through a table, nothing is connected to. */
class OutboundGuardTest {

	static final Map<String, String[]> DNS = Map.of("partner.example", new String[] { "93.184.215.14" },
			"rebind.example", new String[] { "93.184.215.14", "10.0.0.7" }, "metadata.example",
			new String[] { "169.254.169.254" }, "local.example", new String[] { "127.0.0.1" }, "v6.example",
			new String[] { "2606:4700::1111" });

	static final HostResolver TABLE = (host) -> {
		String[] answers = DNS.get(host);
		if (answers == null) {
			if (Character.isDigit(host.charAt(0)) || host.contains(":")) {
				return new InetAddress[] { InetAddress.getByName(host) };
			}
			throw new UnknownHostException(host);
		}
		InetAddress[] addresses = new InetAddress[answers.length];
		for (int i = 0; i < answers.length; i++) {
			addresses[i] = InetAddress.getByName(answers[i]);
		}
		return addresses;
	};

	final OutboundGuard production = new OutboundGuard(OutboundPolicy.PRODUCTION, TABLE);

	final OutboundGuard local = new OutboundGuard(new OutboundPolicy(false, true), TABLE);

	@ParameterizedTest
	@CsvSource({ "https://169.254.169.254/latest/meta-data, METADATA", "https://[fd00:ec2::254]/, METADATA",
			"https://100.100.100.200/, METADATA", "https://metadata.example/, METADATA",
			"https://10.1.2.3/hook, PRIVATE", "https://172.16.5.4/, PRIVATE", "https://192.168.0.10/, PRIVATE",
			"https://127.0.0.1:8080/, LOOPBACK", "https://[::1]/, LOOPBACK", "https://local.example/, LOOPBACK",
			"https://169.254.10.10/, LINK_LOCAL", "https://[fe80::1]/, LINK_LOCAL",
			"https://[fd12:3456::1]/, UNIQUE_LOCAL", "https://100.64.0.1/, CGNAT", "https://100.127.255.254/, CGNAT",
			"https://[64:ff9b::a01:203]/, TRANSLATION", "https://[64:ff9b:1::1]/, TRANSLATION",
			"https://[2002:a01:203::1]/, TRANSLATION", "https://[2001:0:4136:e378::1]/, TRANSLATION",
			"https://224.0.0.1/, MULTICAST", "https://255.255.255.255/, RESERVED", "https://0.0.0.0/, RESERVED",
			"https://[::]/, RESERVED", "https://[::ffff:10.1.2.3]/, PRIVATE",
			"https://[::ffff:169.254.169.254]/, METADATA", "https://192.0.2.1/, RESERVED",
			"https://[2001:db8::1]/, RESERVED", "https://198.18.0.1/, RESERVED", "https://rebind.example/, PRIVATE" })
	void refusesAddressesThatAreNotThePublicInternet(String url, RefusalReason reason) {
		OutboundDecision decision = this.production.check(url);

		assertThat(decision).isInstanceOfSatisfying(Refused.class, (refused) -> {
			assertThat(refused.reason()).isEqualTo(reason);
			assertThat(refused.describe("The webhook URL")).startsWith("The webhook URL resolves to a private or local")
				.endsWith("only public internet addresses can be called.");
		});
	}

	@Test
	void allowsPublicAddressesAndPinsTheOneItChecked() throws Exception {
		OutboundDecision decision = this.production.check("https://Partner.Example:8443/hooks?x=1");

		assertThat(decision).isInstanceOfSatisfying(Allowed.class, (allowed) -> {
			assertThat(allowed.host()).isEqualTo("partner.example");
			assertThat(allowed.port()).isEqualTo(8443);
			assertThat(allowed.address().getHostAddress()).isEqualTo("93.184.215.14");
			assertThat(allowed.https()).isTrue();
		});
		assertThat(this.production.check("https://v6.example/")).isInstanceOf(Allowed.class);
		assertThat(this.production.check("https://[2606:4700::1111]/")).isInstanceOf(Allowed.class);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "http://partner.example/hook | HTTPS_REQUIRED | must start with https://",
					"ftp://partner.example/hook | SCHEME | must start with https://",
					"https://example.com:99999/ | PORT | has an invalid port (99999)",
					"https://user:secret@partner.example/ | CREDENTIALS | must not contain a user name or password",
					"https://unknown.example/ | UNRESOLVABLE | could not be resolved",
					"https:///nohost | INVALID_URL | needs a host name", "not a url | INVALID_URL | is not a valid URL",
					"https://exa mple.com/ | INVALID_URL | is not a valid URL" })
	void refusesMalformedUrlsWithAReasonAPersonCanActOn(String url, RefusalReason reason, String detail) {
		OutboundDecision decision = this.production.check(url);

		assertThat(decision).isInstanceOfSatisfying(Refused.class, (refused) -> {
			assertThat(refused.reason()).isEqualTo(reason);
			assertThat(refused.detail()).contains(detail);
		});
	}

	@Test
	void theLocalPolicyAllowsLoopbackOverHttpButNeverLinkLocalMetadataOrPrivate() {
		assertThat(this.local.check("http://127.0.0.1:9000/hook")).isInstanceOf(Allowed.class);
		assertThat(this.local.check("http://[::1]:9000/hook")).isInstanceOf(Allowed.class);
		assertThat(this.local.check("http://partner.example/hook")).isInstanceOf(Allowed.class);
		assertThat(reason(this.local.check("http://169.254.169.254/"))).isEqualTo(RefusalReason.METADATA);
		assertThat(reason(this.local.check("http://169.254.1.1/"))).isEqualTo(RefusalReason.LINK_LOCAL);
		assertThat(reason(this.local.check("http://10.1.2.3/"))).isEqualTo(RefusalReason.PRIVATE);
	}

	@Test
	void httpsOnlyWithLoopbackAllowedStillRefusesPlainHttpToPublicHosts() {
		OutboundGuard guard = new OutboundGuard(new OutboundPolicy(true, true), TABLE);

		assertThat(guard.check("http://127.0.0.1:9000/hook")).isInstanceOf(Allowed.class);
		assertThat(reason(guard.check("http://partner.example/hook"))).isEqualTo(RefusalReason.HTTPS_REQUIRED);
	}

	@Test
	void productionRefusesToAllowLoopback() {
		assertThat(new OutboundProperties(true, null, false).policy()).isEqualTo(OutboundPolicy.PRODUCTION);
		assertThat(new OutboundProperties(false, null, true).policy()).isEqualTo(new OutboundPolicy(false, true));
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> new OutboundProperties(true, null, true).policy());
	}

	private static RefusalReason reason(OutboundDecision decision) {
		return (decision instanceof Refused refused) ? refused.reason() : null;
	}

}
