/**
 * Quote requests (RFQ): a buyer asks for prices on a cart, or staff start a quote for a
 * customer; staff set each line's price and an expiry day and send it; the buyer accepts
 * it, and it becomes an order in one step through the usual order path, or declines it.
 * Named "quote request" everywhere in code so it is never confused with catalog's price
 * quotes ({@code app.distribu.order.quote}). Storefront and dashboard pages, and
 * {@code /api/v1/quotes}.
 */
package app.distribu.order.rfq;
