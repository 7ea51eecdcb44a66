/**
 * Products of a distributor's catalog: the public API, the dashboard inventory pages and
 * the queries the storefront reads.
 */
package app.distribu.catalog.product;
