/**
 * Whether a distributor's credit limits are enforced (orders over a customer's limit are
 * refused by order-service) or for reference only, the default; and the page that
 * switches it.
 */
package app.distribu.customer.credit;
