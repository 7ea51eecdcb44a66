/**
 * Moving an order through its statuses. Every transition is allowed except out of
 * CANCELLED; cancelling tells catalog-service (through {@code order.cancelled}) to return
 * the stock.
 */
package app.distribu.order.status;
