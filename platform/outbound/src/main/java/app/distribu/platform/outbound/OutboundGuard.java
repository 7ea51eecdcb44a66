package app.distribu.platform.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import app.distribu.platform.outbound.OutboundDecision.Allowed;
import app.distribu.platform.outbound.OutboundDecision.Refused;

/**
 * Decides whether a URL a user typed may be called from inside our network (SSRF). The
 * host is resolved here and every address it resolves to must be public; the answer names
 * the address to connect to, so nothing resolves the host a second time. Call it when the
 * URL is saved and again before every request: DNS answers change.
 */
public final class OutboundGuard {

	static final int MAX_LENGTH = 2000;

	private final OutboundPolicy policy;

	private final HostResolver resolver;

	public OutboundGuard(OutboundPolicy policy, HostResolver resolver) {
		this.policy = policy;
		this.resolver = resolver;
	}

	/** Never throws: anything wrong with the URL is a {@link Refused}. */
	public OutboundDecision check(String url) {
		if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
			return new Refused(RefusalReason.INVALID_URL, "is not a valid URL");
		}
		URI uri;
		try {
			uri = new URI(url.trim());
		}
		catch (URISyntaxException ex) {
			return new Refused(RefusalReason.INVALID_URL, "is not a valid URL");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("https") && !scheme.equals("http")) {
			return new Refused(RefusalReason.SCHEME,
					this.policy.httpsOnly() ? "must start with https://" : "must start with http:// or https://");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			return new Refused(RefusalReason.INVALID_URL, "needs a host name");
		}
		if (uri.getRawUserInfo() != null) {
			return new Refused(RefusalReason.CREDENTIALS, "must not contain a user name or password");
		}
		int port = (uri.getPort() == -1) ? (scheme.equals("https") ? 443 : 80) : uri.getPort();
		if (port < 1 || port > 65535) {
			return new Refused(RefusalReason.PORT, "has an invalid port (" + uri.getPort() + ")");
		}
		boolean plainHttp = scheme.equals("http");
		if (plainHttp && this.policy.httpsOnly() && !this.policy.allowLoopback()) {
			return new Refused(RefusalReason.HTTPS_REQUIRED, "must start with https://");
		}
		String host = hostName(uri);
		InetAddress[] addresses;
		try {
			addresses = this.resolver.resolve(host);
		}
		catch (UnknownHostException | RuntimeException ex) {
			return unresolvable(host);
		}
		if (addresses == null || addresses.length == 0) {
			return unresolvable(host);
		}
		for (InetAddress address : addresses) {
			Optional<RefusalReason> reason = AddressRules.classify(address);
			if (reason.isPresent() && !(reason.get() == RefusalReason.LOOPBACK && this.policy.allowLoopback())) {
				return refusedAddress(reason.get(), address);
			}
			if (plainHttp && this.policy.httpsOnly() && reason.isEmpty()) {
				return new Refused(RefusalReason.HTTPS_REQUIRED, "must start with https://");
			}
		}
		return new Allowed(uri, host, port, addresses[0]);
	}

	/** Why this address may not be called, or empty for a public address. */
	public static Optional<RefusalReason> classify(InetAddress address) {
		return AddressRules.classify(address);
	}

	private static String hostName(URI uri) {
		String host = uri.getHost();
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		return host.toLowerCase(Locale.ROOT);
	}

	private static Refused unresolvable(String host) {
		return new Refused(RefusalReason.UNRESOLVABLE, "has a host (" + host + ") that could not be resolved");
	}

	private static Refused refusedAddress(RefusalReason reason, InetAddress address) {
		String kind = switch (reason) {
			case METADATA -> "a cloud metadata address";
			case LOOPBACK -> "a loopback address";
			case LINK_LOCAL -> "a link-local address";
			case TRANSLATION -> "an address translation (NAT64, 6to4 or Teredo) address";
			case MULTICAST -> "a multicast or broadcast address";
			case RESERVED -> "a reserved address";
			default -> "a private network address";
		};
		return new Refused(reason, "resolves to a private or local network address (" + address.getHostAddress() + ", "
				+ kind + "); only public internet addresses can be called");
	}

}
