/**
 * Customers as CSV: the import with its per-row report (kept a week) and the streamed
 * export of the filtered list.
 */
package app.distribu.customer.csv;
