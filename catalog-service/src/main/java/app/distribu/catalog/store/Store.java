package app.distribu.catalog.store;

import app.distribu.platform.companies.CompanyProfile;

import java.util.UUID;

/** A distributor's storefront as the catalog knows it. */
public record Store(UUID companyId, String slug, String name, String currency) {

	/** Used until identity's {@code company.created} has arrived. */
	public static final String DEFAULT_CURRENCY = CompanyProfile.DEFAULT_CURRENCY;

}
