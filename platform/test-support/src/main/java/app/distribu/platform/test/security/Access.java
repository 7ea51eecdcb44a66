package app.distribu.platform.test.security;

/** Who a route is for, which decides who must be refused. */
public enum Access {

	/** Anyone, signed in or not (sign-in pages, the storefront catalog, images). */
	PUBLIC,
	/** The public API: an API key of the company holding the route's scope. */
	API,
	/** Service to service, with the original caller's token. */
	INTERNAL,
	/** Dashboard pages: a team member of the company (some only for some roles). */
	TEAM,
	/** Storefront pages of one store: a signed-in contact of that store's customer. */
	STORE,
	/** The support console: the installation's support staff. */
	SUPPORT

}
