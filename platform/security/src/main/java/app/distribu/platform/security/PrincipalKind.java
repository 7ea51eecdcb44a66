package app.distribu.platform.security;

/**
 * Who is calling: a dashboard user, a partner's API key, a storefront contact, or the
 * installation's support staff (whose token names no company: the nil UUID, so every
 * tenant-filtered query finds nothing).
 */
public enum PrincipalKind {

	USER, API_KEY, CONTACT, SUPPORT

}
