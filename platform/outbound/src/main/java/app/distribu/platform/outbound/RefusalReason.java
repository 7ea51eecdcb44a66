package app.distribu.platform.outbound;

/** Why a URL may not be called. */
public enum RefusalReason {

	/** Not a URL, no host, or too long. */
	INVALID_URL,
	/** A scheme other than http or https. */
	SCHEME,
	/** http where only https is allowed. */
	HTTPS_REQUIRED,
	/** A user name or password in the URL. */
	CREDENTIALS,
	/** A port outside 1–65535. */
	PORT,
	/** The host name has no address. */
	UNRESOLVABLE,
	/** 127.0.0.0/8, ::1. */
	LOOPBACK,
	/** RFC 1918, deprecated IPv6 site-local. */
	PRIVATE,
	/** 169.254.0.0/16, fe80::/10. */
	LINK_LOCAL,
	/** Cloud instance metadata services (169.254.169.254, fd00:ec2::254, ...). */
	METADATA,
	/** fc00::/7. */
	UNIQUE_LOCAL,
	/** 100.64.0.0/10, carrier-grade NAT. */
	CGNAT,
	/**
	 * NAT64, 6to4, Teredo: IPv6 addresses that lead to an IPv4 address of their choice.
	 */
	TRANSLATION,
	/** Multicast and broadcast. */
	MULTICAST,
	/** Unspecified, documentation, benchmarking and other reserved ranges. */
	RESERVED

}
