package app.distribu.identity.storefront;

import java.util.UUID;

/**
 * Data of the {@code company.updated} event: the store's name changed (same fields as
 * {@code company.created}, so read models upsert either).
 */
record CompanyUpdated(UUID companyId, String name, String slug, String currency) {

	static final String TYPE = "company.updated";

}
