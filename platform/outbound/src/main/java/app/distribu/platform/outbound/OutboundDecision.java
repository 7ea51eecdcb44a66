package app.distribu.platform.outbound;

import java.net.InetAddress;
import java.net.URI;

/** The guard's answer for one URL: the address to connect to, or why not. */
public sealed interface OutboundDecision permits OutboundDecision.Allowed, OutboundDecision.Refused {

	/**
	 * A URL that may be called, with the checked address to connect to.
	 *
	 * @param uri the URL as given (trimmed)
	 * @param host the host name, for the {@code Host} header and TLS (SNI, certificate)
	 * @param port the effective port
	 * @param address the resolved, checked address; connect only to this one
	 */
	record Allowed(URI uri, String host, int port, InetAddress address) implements OutboundDecision {

		public boolean https() {
			return "https".equalsIgnoreCase(this.uri.getScheme());
		}

	}

	/**
	 * A URL that may not be called.
	 *
	 * @param reason what is wrong
	 * @param detail the problem as the end of a sentence, e.g. "resolves to a private or
	 * local network address (10.1.2.3)"
	 */
	record Refused(RefusalReason reason, String detail) implements OutboundDecision {

		/** A whole sentence, e.g. {@code describe("The webhook URL")}. */
		public String describe(String subject) {
			return subject + " " + this.detail + ".";
		}

	}

}
