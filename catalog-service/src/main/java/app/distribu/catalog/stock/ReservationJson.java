package app.distribu.catalog.stock;

import java.util.List;
import java.util.UUID;

/** The answer to a reservation, stored as-is so a repeat returns it unchanged. */
record ReservationJson(UUID orderId, String currency, List<Line> lines) {

	/**
	 * {@code priceRule} says why the unit price is what it is ("Volume price, 10+"),
	 * {@code priceList} names the list it came from, if any.
	 */
	record Line(UUID productId, String sku, String name, String unitPrice, int quantity, String priceRule,
			String priceList) {

	}

}
