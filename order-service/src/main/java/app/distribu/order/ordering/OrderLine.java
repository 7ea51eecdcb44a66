package app.distribu.order.ordering;

import java.math.BigDecimal;
import java.util.UUID;

/** A line as it was priced when the order was placed. */
public record OrderLine(int lineNo, UUID productId, String sku, String name, BigDecimal unitPrice, int quantity,
		BigDecimal lineTotal) {

}
