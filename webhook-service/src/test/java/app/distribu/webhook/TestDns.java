package app.distribu.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import app.distribu.platform.outbound.OutboundGuard;
import app.distribu.platform.outbound.OutboundProperties;

/**
 * Host names for tests, answered from a table instead of DNS: nothing is looked up on the
 * network. {@code *.example} names resolve to 127.0.0.1 unless a test says otherwise, so
 * a delivery to one can only ever reach this machine.
 */
@TestConfiguration
public class TestDns {

	/** Answers per host, in turn; the last answer repeats. */
	public static final Map<String, List<String>> answers = new ConcurrentHashMap<>();

	private static final Map<String, Integer> asked = new ConcurrentHashMap<>();

	@Bean
	OutboundGuard outboundGuard(OutboundProperties properties) {
		return new OutboundGuard(properties.policy(), TestDns::resolve);
	}

	static InetAddress[] resolve(String host) throws UnknownHostException {
		List<String> list = answers.get(host);
		if (list != null) {
			int n = asked.merge(host, 1, Integer::sum);
			return new InetAddress[] { InetAddress.getByName(list.get(Math.min(n, list.size()) - 1)) };
		}
		if (host.equals("localhost")) {
			return new InetAddress[] { InetAddress.getLoopbackAddress() };
		}
		if (host.endsWith(".example")) {
			return new InetAddress[] { InetAddress.getByName("127.0.0.1") };
		}
		if (!host.isEmpty() && (Character.isDigit(host.charAt(0)) || host.contains(":"))) {
			return new InetAddress[] { InetAddress.getByName(host) };
		}
		throw new UnknownHostException(host);
	}

}
