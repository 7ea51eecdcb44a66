package app.distribu.platform.mail;

/**
 * Whose mail it is. A buyer's mail carries the store's name and logo; account mail to a
 * distributor's team carries Distribu's.
 *
 * @param name shown as the sender's name, at the top of the mail when there is no logo,
 * and as the logo's alternative text (mail programs that block images show it)
 * @param logoUrl absolute address of the logo image, or null to show the name instead
 * @param homeUrl where the name or logo links to, or null
 */
public record Brand(String name, String logoUrl, String homeUrl) {

	public static final String DISTRIBU = "Distribu";

	/** Distribu's own mail (account links, team invites, alerts to a store's team). */
	public static Brand distribu(String publicBaseUrl) {
		return new Brand(DISTRIBU, null, publicBaseUrl + "/dashboard");
	}

	/**
	 * A store's mail to its buyers: its name, its storefront, and its logo as identity
	 * serves it at {@code /store/{slug}/logo} (the uploaded logo, or an image of the
	 * store's initials when it has none), so every store mail shows a logo and a change
	 * of logo reaches mail already sent.
	 */
	public static Brand store(String publicBaseUrl, String slug, String name) {
		String storeUrl = publicBaseUrl + "/store/" + slug;
		return new Brand(name, storeUrl + "/logo", storeUrl);
	}

}
