package app.distribu.billing.subscription;

/** The plans and their limits. A null monthly order limit means unlimited. */
public enum Plan {

	STARTER("Starter", 100, 60), GROWTH("Growth", 1_000, 60), PRO("Pro", 10_000, 60),
	ENTERPRISE("Enterprise", null, 600);

	private final String label;

	private final Integer monthlyOrderLimit;

	private final int apiRequestsPerMinute;

	Plan(String label, Integer monthlyOrderLimit, int apiRequestsPerMinute) {
		this.label = label;
		this.monthlyOrderLimit = monthlyOrderLimit;
		this.apiRequestsPerMinute = apiRequestsPerMinute;
	}

	public String label() {
		return this.label;
	}

	public Integer monthlyOrderLimit() {
		return this.monthlyOrderLimit;
	}

	public int apiRequestsPerMinute() {
		return this.apiRequestsPerMinute;
	}

}
