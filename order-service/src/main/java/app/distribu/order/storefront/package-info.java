/**
 * The storefront's ordering pages for signed-in contacts: the cart (kept per contact and
 * store), quick order, checkout, and the customer's order history with re-order.
 */
package app.distribu.order.storefront;
