package app.distribu.gateway.edge;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An address range such as {@code 10.0.0.0/8} or {@code fd00::/8}. Only literal addresses
 * are accepted, so matching never asks DNS.
 */
record Cidr(byte[] network, int prefix) {

	private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	static Cidr parse(String text) {
		String[] parts = text.trim().split("/", 2);
		byte[] address = literal(parts[0])
			.orElseThrow(() -> new IllegalArgumentException("Not an IP address range: " + text));
		int prefix = (parts.length == 2) ? Integer.parseInt(parts[1]) : address.length * 8;
		if (prefix < 0 || prefix > address.length * 8) {
			throw new IllegalArgumentException("Prefix out of range in " + text);
		}
		return new Cidr(address, prefix);
	}

	boolean contains(String address) {
		return literal(address).map(this::contains).orElse(false);
	}

	private boolean contains(byte[] address) {
		if (address.length != this.network.length) {
			return false;
		}
		for (int bit = 0; bit < this.prefix; bit++) {
			int mask = 0x80 >> (bit % 8);
			if ((address[bit / 8] & mask) != (this.network[bit / 8] & mask)) {
				return false;
			}
		}
		return true;
	}

	static Optional<byte[]> literal(String address) {
		String candidate = (address == null) ? "" : address.trim();
		if (candidate.startsWith("[") && candidate.endsWith("]")) {
			candidate = candidate.substring(1, candidate.length() - 1);
		}
		if (!LITERAL.matcher(candidate).matches()) {
			return Optional.empty();
		}
		try {
			byte[] bytes = InetAddress.getByName(candidate).getAddress();
			// An IPv4-mapped IPv6 address compares as the IPv4 address it is.
			return Optional.of(bytes);
		}
		catch (UnknownHostException | RuntimeException ex) {
			return Optional.empty();
		}
	}

}
