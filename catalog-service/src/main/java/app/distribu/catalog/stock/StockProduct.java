package app.distribu.catalog.stock;

import java.math.BigDecimal;
import java.util.UUID;

/** What ordering needs to know about a product. */
record StockProduct(UUID id, String sku, String name, BigDecimal price, boolean active, int stock, int minOrderQuantity,
		int quantityStep, int lowStockThreshold, boolean overrideGated) {

	String label() {
		return this.sku + " " + this.name;
	}

}
