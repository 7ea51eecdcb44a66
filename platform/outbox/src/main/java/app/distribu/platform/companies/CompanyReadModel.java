package app.distribu.platform.companies;

/**
 * A service's copy of identity's companies. Declare one bean implementing it and the
 * platform keeps it in step with {@code identity.events}: each company event applied
 * once, in the transaction that records it.
 */
public interface CompanyReadModel {

	/**
	 * The name this copy's processed events are recorded under, e.g. "catalog-stores".
	 */
	String consumerName();

	/** Inserts or updates the company (a rename arrives as the same profile, changed). */
	void save(CompanyProfile company);

}
