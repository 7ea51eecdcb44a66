package app.distribu.platform.security;

/** Names of the claims identity-service puts into every token it signs. */
public final class TokenClaims {

	public static final String ISSUER = "distribu-identity";

	public static final String KIND = "kind";

	public static final String COMPANY_ID = "cid";

	public static final String COMPANY_NAME = "cname";

	public static final String COMPANY_SLUG = "slug";

	public static final String ROLES = "roles";

	public static final String SCOPES = "scopes";

	public static final String EMAIL = "email";

	public static final String NAME = "name";

	/** A contact's customer account. */
	public static final String CUSTOMER_ID = "customerId";

	/** The user's memberships as {@code [{"id", "name"}]}, for the company switcher. */
	public static final String COMPANIES = "companies";

	/**
	 * The subject's session version when a session token was issued; the gateway refuses
	 * sessions whose version identity has since raised (sign out everywhere, password
	 * change, removal from a team).
	 */
	public static final String SESSION_VERSION = "sv";

	private TokenClaims() {
	}

}
