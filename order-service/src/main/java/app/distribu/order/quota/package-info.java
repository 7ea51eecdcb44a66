/**
 * The monthly order limit of the company's plan: a read model of billing's
 * {@code subscription.changed} events and a per-month counter taken in the order's own
 * transaction, so no more orders than the limit are ever created.
 */
package app.distribu.order.quota;
