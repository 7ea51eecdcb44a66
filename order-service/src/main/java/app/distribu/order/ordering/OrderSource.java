package app.distribu.order.ordering;

/** Where an order was placed; webhooks announce only STOREFRONT and API orders. */
public enum OrderSource {

	DASHBOARD, STOREFRONT, API

}
