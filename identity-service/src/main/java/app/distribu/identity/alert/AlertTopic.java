package app.distribu.identity.alert;

/**
 * What a team member can be mailed about. Owners and admins get the topics that are on by
 * default until they switch them off; members get none until they switch them on.
 */
public enum AlertTopic {

	NEW_STOREFRONT_ORDER("New storefront orders", "An email for each order a buyer places in your storefront.", true),

	NEW_API_ORDER("New API orders", "An email for each order a partner integration creates through the API.", false),

	LOW_STOCK("Low stock", "When a storefront order takes a product to or below its low-stock threshold.", true),

	REGISTRATION("Customer registrations", "When a business registers at your storefront and waits for approval.",
			true),

	QUOTES("Quotes",
			"When a buyer asks for a quote or withdraws the request, and when a customer accepts or declines one.",
			true);

	private final String label;

	private final String description;

	private final boolean onForOwnersAndAdmins;

	AlertTopic(String label, String description, boolean onForOwnersAndAdmins) {
		this.label = label;
		this.description = description;
		this.onForOwnersAndAdmins = onForOwnersAndAdmins;
	}

	public String label() {
		return this.label;
	}

	public String description() {
		return this.description;
	}

	boolean onForOwnersAndAdmins() {
		return this.onForOwnersAndAdmins;
	}

}
