package app.distribu.catalog.storefront;

import java.math.BigDecimal;
import java.util.UUID;

/** A product as a shopper sees it. */
record ShelfItem(UUID id, String sku, String name, String description, String category, BigDecimal price, int stock) {

	public boolean outOfStock() {
		return this.stock == 0;
	}

}
