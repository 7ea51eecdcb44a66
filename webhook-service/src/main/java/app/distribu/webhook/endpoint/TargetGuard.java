package app.distribu.webhook.endpoint;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Keeps webhooks from reaching into our own network (SSRF): only http(s), and the host
 * must resolve to public addresses only. Checked at creation and again before every
 * delivery, because DNS answers change.
 */
@Component
public class TargetGuard {

	private final WebhookProperties properties;

	TargetGuard(WebhookProperties properties) {
		this.properties = properties;
	}

	/** Throws {@link UnsafeTarget} with a message a person can act on. */
	public URI check(String url) {
		URI uri;
		try {
			uri = URI.create(url.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new UnsafeTarget("The webhook URL is not a valid URL.");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new UnsafeTarget("The webhook URL must start with http:// or https://.");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			throw new UnsafeTarget("The webhook URL needs a host name.");
		}
		if (this.properties.allowPrivateTargets()) {
			return uri;
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(uri.getHost());
		}
		catch (UnknownHostException ex) {
			throw new UnsafeTarget("The host " + uri.getHost() + " could not be resolved. Check the webhook URL.");
		}
		for (InetAddress address : addresses) {
			if (isPrivate(address)) {
				throw new UnsafeTarget("The webhook URL resolves to a private or local network address ("
						+ address.getHostAddress() + "). Webhooks can only be sent to public internet addresses.");
			}
		}
		return uri;
	}

	static boolean isPrivate(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			// Unique local addresses fc00::/7.
			return (bytes[0] & 0xfe) == 0xfc;
		}
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			// 0.0.0.0/8 "this network" and 100.64.0.0/10 carrier-grade NAT.
			return first == 0 || (first == 100 && second >= 64 && second <= 127);
		}
		return false;
	}

}
