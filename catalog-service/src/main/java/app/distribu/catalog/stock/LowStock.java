package app.distribu.catalog.stock;

import java.util.UUID;

/** Data of {@code product.low_stock} on {@code catalog.events}. */
record LowStock(UUID productId, String sku, String name, int stock, int threshold) {

	static final String TOPIC = "catalog.events";

	static final String TYPE = "product.low_stock";

	/**
	 * True only for the take that moved the stock from above the threshold to at or below
	 * it.
	 */
	static boolean crossed(int before, int after, int threshold) {
		return before > threshold && after <= threshold;
	}

}
