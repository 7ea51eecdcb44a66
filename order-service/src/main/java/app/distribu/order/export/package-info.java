/**
 * Orders CSV export: the Orders page's "Export CSV" button and
 * {@code GET /api/v1/orders/export}, streamed in keyset batches so no export holds all
 * its orders in memory.
 */
package app.distribu.order.export;
