package app.distribu.order.ordering;

/**
 * Published inside the order's transaction, so what listeners write (the buyer's
 * confirmation mail) commits with the order or not at all. {@code buyer} is null for
 * dashboard and API orders.
 */
public record OrderPlaced(Order order, String customerName, Buyer buyer) {

}
