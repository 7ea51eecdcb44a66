package app.distribu.order.rfq;

import java.math.BigDecimal;

/**
 * A line staff (or a partner) set on a quote: {@code unitPrice} null keeps the line's
 * quoted price, or starts a new line at the customer's price from catalog.
 */
record QuoteLineInput(String sku, int quantity, BigDecimal unitPrice) {

}
