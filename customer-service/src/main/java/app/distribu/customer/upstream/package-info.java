/**
 * What other services know about a customer, composed onto its detail page over HTTP with
 * the viewer's token: price overrides (catalog) and recent orders (order). Either may be
 * unavailable; the page then says so instead of failing.
 */
package app.distribu.customer.upstream;
