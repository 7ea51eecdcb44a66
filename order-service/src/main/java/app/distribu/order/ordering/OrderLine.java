package app.distribu.order.ordering;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A line as it was priced when the order was placed, with the rule that priced it
 * ("Volume price, 10+") and its price list, if any.
 */
public record OrderLine(int lineNo, UUID productId, String sku, String name, BigDecimal unitPrice, int quantity,
		BigDecimal lineTotal, String priceRule, String priceList) {

}
