package app.distribu.order.ordering;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Prices agreed before the order (an accepted quote): each SKU's unit price, the rule its
 * order lines show ("Quoted price, Q-12"), and {@code claim}, run inside the order's
 * transaction once the order is written: it throws to refuse the order, which then never
 * exists and gives its stock back.
 */
public record AgreedPrices(Map<String, BigDecimal> unitPrices, String priceRule, Consumer<Order> claim) {

}
