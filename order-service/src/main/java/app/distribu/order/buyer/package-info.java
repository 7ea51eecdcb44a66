/**
 * The buyer of a storefront order and the mails they get: the confirmation when the order
 * is placed and a note on each status change after it (confirmed, shipped, delivered,
 * cancelled), in the store's name and look, queued in the transaction of the change
 * itself. Dashboard and API orders have no buyer and send nothing.
 */
package app.distribu.order.buyer;
