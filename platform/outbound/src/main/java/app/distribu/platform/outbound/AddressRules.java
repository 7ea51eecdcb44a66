package app.distribu.platform.outbound;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses are not the public internet, after IANA's special-purpose registries.
 * IPv6 is an allow list: only global unicast (2000::/3) outside the ranges below passes;
 * an IPv4 address mapped into IPv6 is judged as the IPv4 address it is.
 */
final class AddressRules {

	/** Checked in order, so the specific names (metadata) win over the broad ones. */
	private static final List<Range> V4 = List.of(range("169.254.169.254/32", RefusalReason.METADATA),
			range("169.254.170.2/32", RefusalReason.METADATA), range("100.100.100.200/32", RefusalReason.METADATA),
			range("192.0.0.192/32", RefusalReason.METADATA), range("0.0.0.0/8", RefusalReason.RESERVED),
			range("10.0.0.0/8", RefusalReason.PRIVATE), range("100.64.0.0/10", RefusalReason.CGNAT),
			range("127.0.0.0/8", RefusalReason.LOOPBACK), range("169.254.0.0/16", RefusalReason.LINK_LOCAL),
			range("172.16.0.0/12", RefusalReason.PRIVATE), range("192.0.0.0/24", RefusalReason.RESERVED),
			range("192.0.2.0/24", RefusalReason.RESERVED), range("192.88.99.0/24", RefusalReason.TRANSLATION),
			range("192.168.0.0/16", RefusalReason.PRIVATE), range("198.18.0.0/15", RefusalReason.RESERVED),
			range("198.51.100.0/24", RefusalReason.RESERVED), range("203.0.113.0/24", RefusalReason.RESERVED),
			range("224.0.0.0/4", RefusalReason.MULTICAST), range("240.0.0.0/4", RefusalReason.RESERVED));

	private static final List<Range> V6 = List.of(range("fd00:ec2::254/128", RefusalReason.METADATA),
			range("::1/128", RefusalReason.LOOPBACK), range("64:ff9b::/96", RefusalReason.TRANSLATION),
			range("64:ff9b:1::/48", RefusalReason.TRANSLATION), range("2001::/32", RefusalReason.TRANSLATION),
			range("2002::/16", RefusalReason.TRANSLATION), range("2001::/23", RefusalReason.RESERVED),
			range("2001:db8::/32", RefusalReason.RESERVED), range("3fff::/20", RefusalReason.RESERVED),
			range("fc00::/7", RefusalReason.UNIQUE_LOCAL), range("fe80::/10", RefusalReason.LINK_LOCAL),
			range("fec0::/10", RefusalReason.PRIVATE), range("ff00::/8", RefusalReason.MULTICAST));

	private static final Range GLOBAL_UNICAST = range("2000::/3", RefusalReason.RESERVED);

	private AddressRules() {
	}

	/** Empty for a public address, otherwise why it is not one. */
	static Optional<RefusalReason> classify(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address && isIpv4Mapped(bytes)) {
			return firstMatch(V4, Arrays.copyOfRange(bytes, 12, 16));
		}
		if (bytes.length == 4) {
			return firstMatch(V4, bytes);
		}
		Optional<RefusalReason> listed = firstMatch(V6, bytes);
		if (listed.isPresent() || GLOBAL_UNICAST.contains(bytes)) {
			return listed;
		}
		// Outside 2000::/3: unspecified, IPv4-compatible, discard-only, unassigned.
		return Optional.of(RefusalReason.RESERVED);
	}

	private static Optional<RefusalReason> firstMatch(List<Range> ranges, byte[] bytes) {
		return ranges.stream().filter((range) -> range.contains(bytes)).map(Range::reason).findFirst();
	}

	private static boolean isIpv4Mapped(byte[] bytes) {
		for (int i = 0; i < 10; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
	}

	private static Range range(String cidr, RefusalReason reason) {
		String[] parts = cidr.split("/");
		try {
			byte[] network = InetAddress.getByName(parts[0]).getAddress();
			return new Range(network, Integer.parseInt(parts[1]), reason);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(cidr, ex);
		}
	}

	private record Range(byte[] network, int prefix, RefusalReason reason) {

		boolean contains(byte[] address) {
			if (address.length != this.network.length) {
				return false;
			}
			int whole = this.prefix / 8;
			for (int i = 0; i < whole; i++) {
				if (address[i] != this.network[i]) {
					return false;
				}
			}
			int rest = this.prefix % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xff << (8 - rest)) & 0xff;
			return (address[whole] & mask) == (this.network[whole] & mask);
		}

	}

}
