package app.distribu.platform.outbound;

/**
 * What the guard lets through besides public https addresses.
 *
 * @param httpsOnly refuse plain http (production)
 * @param allowLoopback let 127.0.0.0/8 and ::1 through, over http too: the local stack
 * and tests, whose receivers listen on loopback. Never link-local, metadata or private
 * addresses.
 */
public record OutboundPolicy(boolean httpsOnly, boolean allowLoopback) {

	/** Public https addresses only. */
	public static final OutboundPolicy PRODUCTION = new OutboundPolicy(true, false);

}
