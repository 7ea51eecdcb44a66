/**
 * Whether an order id was committed, decided once: by the order's own transaction, or by
 * catalog-service asking about a stock reservation that no {@code order.created}
 * confirmed, after which no order may take that id any more.
 */
package app.distribu.order.outcome;
