package app.distribu.platform.companies;

import java.util.UUID;

/**
 * A company as identity's {@code company.created} and {@code company.updated} describe
 * it: what other services keep of it (the store's address, name and currency).
 */
public record CompanyProfile(UUID companyId, String slug, String name, String currency) {

	/** Used when an event carries no currency (events older than the field). */
	public static final String DEFAULT_CURRENCY = "USD";

}
