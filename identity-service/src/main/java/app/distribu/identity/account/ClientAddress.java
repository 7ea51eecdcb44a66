package app.distribu.identity.account;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The address a request came from, for throttling. Behind the gateway the socket's peer
 * is the gateway, so the client is read from {@code X-Forwarded-For}; but only when the
 * peer is one of our own (loopback or private network) proxies, and walking from the
 * right: every proxy appends the peer it saw, so hops left of our own proxies are
 * whatever the client chose to send and would let it pick a fresh address per attempt.
 */
public final class ClientAddress {

	private static final List<IpAddressMatcher> TRUSTED_PROXIES = List.of(new IpAddressMatcher("127.0.0.0/8"),
			new IpAddressMatcher("::1/128"), new IpAddressMatcher("10.0.0.0/8"), new IpAddressMatcher("172.16.0.0/12"),
			new IpAddressMatcher("192.168.0.0/16"), new IpAddressMatcher("fc00::/7"));

	private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private static final int MAX_LENGTH = 64;

	private ClientAddress() {
	}

	public static String of(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded == null || forwarded.isBlank() || !trusted(peer)) {
			return peer;
		}
		String[] hops = forwarded.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].trim();
			if (!hop.isEmpty() && !trusted(hop)) {
				return clip(hop);
			}
		}
		String first = hops[0].trim();
		return first.isEmpty() ? peer : clip(first);
	}

	private static String clip(String hop) {
		return (hop.length() > MAX_LENGTH) ? hop.substring(0, MAX_LENGTH) : hop;
	}

	private static boolean trusted(String address) {
		// Only literal addresses: a name would make the matcher ask DNS.
		if (!LITERAL.matcher(address).matches()) {
			return false;
		}
		try {
			return TRUSTED_PROXIES.stream().anyMatch((proxy) -> proxy.matches(address));
		}
		catch (IllegalArgumentException ex) {
			// Not an IP address at all (a forged header): never a proxy of ours.
			return false;
		}
	}

}
