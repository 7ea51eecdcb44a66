package app.distribu.platform.mail;

/**
 * Whose mail it is. A buyer's mail carries the store's name and logo; account mail to a
 * distributor's team carries Distribu's.
 *
 * @param name shown as the sender's name and at the top of the mail
 * @param logoUrl absolute address of the logo image, or null to show the name instead
 * @param homeUrl where the name or logo links to, or null
 */
public record Brand(String name, String logoUrl, String homeUrl) {

	public static final String DISTRIBU = "Distribu";

	/** Distribu's own mail (account links, team invites, alerts to a store's team). */
	public static Brand distribu(String publicBaseUrl) {
		return new Brand(DISTRIBU, null, publicBaseUrl + "/dashboard");
	}

	/** A store's mail to its buyers; the store name stands in when it has no logo. */
	public static Brand store(String name, String logoUrl, String storeUrl) {
		return new Brand(name, blankToNull(logoUrl), storeUrl);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
