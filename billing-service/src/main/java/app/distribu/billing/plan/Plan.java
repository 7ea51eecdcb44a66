package app.distribu.billing.plan;

/** The plans, cheapest first: a later plan is an upgrade of an earlier one. */
public enum Plan {

	STARTER("Starter"), GROWTH("Growth"), PRO("Pro"), ENTERPRISE("Enterprise");

	private final String label;

	Plan(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean isAbove(Plan other) {
		return ordinal() > other.ordinal();
	}

	/** Enterprise is sold by the team, with a price agreed per company. */
	public boolean isSelfServe() {
		return this != ENTERPRISE;
	}

	public static Plan lower(Plan a, Plan b) {
		return a.isAbove(b) ? b : a;
	}

}
