/**
 * Finding a company's orders by status, source, customer, creation date and order number
 * or SKU: shared by the Orders page and the CSV export so both show the same orders.
 */
package app.distribu.order.search;
