package app.distribu.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, for throttling. Behind the gateway the socket's peer
 * is the gateway, so the client is read from {@code X-Forwarded-For}; but only when the
 * peer is one of our own (loopback or private network) proxies, and walking from the
 * right: every proxy appends the peer it saw, so hops left of our own proxies are
 * whatever the client chose to send and would let it pick a fresh address per attempt.
 */
public final class ClientAddress {

	// Before the networks, which are parsed with them.
	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	private static final List<Network> TRUSTED_PROXIES = List.of(Network.of("127.0.0.0", 8), Network.of("::1", 128),
			Network.of("10.0.0.0", 8), Network.of("172.16.0.0", 12), Network.of("192.168.0.0", 16),
			Network.of("fc00::", 7));

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
		byte[] bytes = literal(address);
		return bytes != null && TRUSTED_PROXIES.stream().anyMatch((proxy) -> proxy.contains(bytes));
	}

	/**
	 * The bytes of an IP address literal, or {@code null} for anything else (a forged
	 * header). No name is ever looked up in DNS.
	 */
	private static byte[] literal(String address) {
		if (address == null || address.length() > 45) {
			return null;
		}
		if (IPV4.matcher(address).matches()) {
			// Parsed here: the JDK would look an out-of-range "10.0.0.999" up as a name.
			String[] parts = address.split("\\.");
			byte[] bytes = new byte[4];
			for (int i = 0; i < 4; i++) {
				int part = Integer.parseInt(parts[i]);
				if (part > 255) {
					return null;
				}
				bytes[i] = (byte) part;
			}
			return bytes;
		}
		if (!IPV6.matcher(address).matches()) {
			return null;
		}
		try {
			// With a colon the JDK parses an IPv6 literal or refuses; it never asks DNS.
			return InetAddress.getByName(address).getAddress();
		}
		catch (UnknownHostException | RuntimeException ex) {
			return null;
		}
	}

	private record Network(byte[] prefix, int bits) {

		static Network of(String address, int bits) {
			return new Network(literal(address), bits);
		}

		boolean contains(byte[] address) {
			if (address.length != this.prefix.length) {
				return false;
			}
			for (int bit = 0; bit < this.bits; bit++) {
				int mask = 0x80 >>> (bit % 8);
				if ((address[bit / 8] & mask) != (this.prefix[bit / 8] & mask)) {
					return false;
				}
			}
			return true;
		}

	}

}
