package app.distribu.catalog.stock;

/** The channel an order comes from; only the dashboard may order inactive products. */
enum Source {

	DASHBOARD, STOREFRONT, API

}
