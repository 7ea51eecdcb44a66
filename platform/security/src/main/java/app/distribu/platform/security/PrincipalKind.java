package app.distribu.platform.security;

/** Who is calling: a dashboard user, a partner's API key or a storefront contact. */
public enum PrincipalKind {

	USER, API_KEY, CONTACT

}
