package app.distribu.catalog.stock;

import java.util.UUID;

/**
 * Who orders and how they are priced. On the storefront overrides always apply and gated
 * products need one; elsewhere overrides apply only when {@code customerPricing} is asked
 * for, and inactive products only pass for the dashboard.
 */
record OrderTerms(boolean storefront, boolean inactiveAllowed, boolean customerPricing, UUID customerId) {

	static OrderTerms of(Source source, String pricing, UUID customerId) {
		boolean storefront = source == Source.STOREFRONT;
		return new OrderTerms(storefront, source == Source.DASHBOARD, storefront || "customer".equals(pricing),
				customerId);
	}

	boolean appliesOverrides() {
		return this.customerPricing && this.customerId != null;
	}

}
