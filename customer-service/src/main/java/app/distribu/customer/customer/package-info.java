/**
 * A distributor's customer accounts with their contacts and addresses: the public API,
 * the internal lookup other services use, and the dashboard pages.
 */
package app.distribu.customer.customer;
