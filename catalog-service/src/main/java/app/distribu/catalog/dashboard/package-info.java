/**
 * What the dashboard home shows of the catalog ({@code GET /internal/dashboard/stock},
 * called by identity with the viewer's token): how many active products are low or out of
 * stock, and the most urgent of them.
 */
package app.distribu.catalog.dashboard;
