package app.distribu.catalog.storefront;

import java.math.BigDecimal;
import java.util.UUID;

/** A product as a shopper sees it. */
record ShelfItem(UUID id, String sku, String name, String description, String category, BigDecimal price, int stock,
		String imageUrl) {

	public boolean outOfStock() {
		return this.stock == 0;
	}

	/** The primary image's thumbnail, or null. */
	public String thumbnailUrl() {
		return (this.imageUrl != null) ? this.imageUrl + "/thumbnail" : null;
	}

}
