/**
 * Price overrides: a customer's own price for a product, managed over the API and on the
 * dashboard product page, applied by storefront orders and by orders that ask for
 * customer pricing; plus the customer read model the dashboard picks customers from.
 */
package app.distribu.catalog.pricing;
