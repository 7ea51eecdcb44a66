package app.distribu.catalog.stock;

/**
 * The channel an order comes from: only the dashboard may order inactive products, only
 * the storefront alerts on low stock and always applies price overrides.
 */
enum Source {

	DASHBOARD, STOREFRONT, API

}
