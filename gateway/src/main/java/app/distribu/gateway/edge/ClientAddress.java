package app.distribu.gateway.edge;

import java.net.InetSocketAddress;
import java.util.List;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The address a request came from. A proxy of ours (loopback or a private network, such
 * as the ingress) appends the peer it saw to {@code X-Forwarded-For}, so the hops are
 * read from the right and the first that is not one of ours is the client: whatever a
 * client writes into the header itself stays to the left and is never believed.
 */
final class ClientAddress {

	static final List<Cidr> OUR_NETWORKS = List.of(Cidr.parse("127.0.0.0/8"), Cidr.parse("::1/128"),
			Cidr.parse("10.0.0.0/8"), Cidr.parse("172.16.0.0/12"), Cidr.parse("192.168.0.0/16"),
			Cidr.parse("fc00::/7"));

	private ClientAddress() {
	}

	static String of(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		String peer = (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "";
		List<String> forwarded = request.getHeaders().getOrEmpty("X-Forwarded-For");
		if (forwarded.isEmpty() || !ours(peer)) {
			return peer;
		}
		String[] hops = String.join(",", forwarded).split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].trim();
			if (!hop.isEmpty() && !ours(hop)) {
				return hop;
			}
		}
		String first = hops[0].trim();
		return first.isEmpty() ? peer : first;
	}

	static boolean ours(String address) {
		return OUR_NETWORKS.stream().anyMatch((network) -> network.contains(address));
	}

}
