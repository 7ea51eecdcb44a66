package app.distribu.customer.accounts;

/**
 * What a contact may do when ordering for its customer
 * (docs/buyer-roles-and-approvals.md). Named apart from the team's roles and from
 * registration approval.
 */
public enum BuyerRole {

	/** Orders freely, approves others' orders, sets roles and the threshold. */
	ADMIN_BUYER("Admin buyer"),

	/** Orders freely up to the customer's approval threshold. */
	BUYER("Buyer"),

	/** Every order waits for an admin buyer's approval. */
	REQUESTER("Requester");

	public static final String PATTERN = "ADMIN_BUYER|BUYER|REQUESTER";

	public static final String MESSAGE = "Role must be ADMIN_BUYER, BUYER or REQUESTER.";

	private final String label;

	BuyerRole(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The role named exactly, or null. */
	public static BuyerRole parse(String value) {
		for (BuyerRole role : values()) {
			if (role.name().equals(value)) {
				return role;
			}
		}
		return null;
	}

}
