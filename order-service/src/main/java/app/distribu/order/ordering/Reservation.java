package app.distribu.order.ordering;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** catalog-service's answer to a stock reservation: the priced snapshot of every line. */
record Reservation(UUID orderId, String currency, List<Line> lines) {

	/**
	 * {@code priceRule}: why the unit price is what it is; {@code priceList}: its list.
	 */
	record Line(UUID productId, String sku, String name, BigDecimal unitPrice, int quantity, String priceRule,
			String priceList) {

	}

}
