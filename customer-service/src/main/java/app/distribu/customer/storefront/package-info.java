/**
 * The storefront's customer pages: sign-in by emailed link, self-registration and the
 * signed-in contact's account page (name, addresses, recent orders).
 */
package app.distribu.customer.storefront;
