package app.distribu.platform.companies;

import java.util.UUID;

/**
 * A distributor's storefront as identity's {@code company.created} and
 * {@code company.updated} describe it: the address slug, the store's name and currency.
 * {@code currency} is null in a copy kept from before the column existed, until the
 * company's next event.
 */
public record Store(UUID companyId, String slug, String name, String currency) {

	/** Used when an event carries no currency (events older than the field). */
	public static final String DEFAULT_CURRENCY = "USD";

}
