package app.distribu.order.storefront;

/** The caller is not a contact signed in at this store: they sign in there first. */
public class StoreSignInNeeded extends RuntimeException {

	private final String slug;

	StoreSignInNeeded(String slug) {
		super("Sign in at store " + slug);
		this.slug = slug;
	}

	public String slug() {
		return this.slug;
	}

}
