/**
 * Prices for lines that are not ordered yet (carts, "+ New order"), asked of
 * catalog-service without reserving stock, with the problem each line would meet.
 */
package app.distribu.order.quote;
