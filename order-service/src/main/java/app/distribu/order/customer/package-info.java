/**
 * The customers orders are placed for: a local read model of customer-service's
 * customers, kept current by customer events and filled on demand.
 */
package app.distribu.order.customer;
