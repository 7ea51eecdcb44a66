package app.distribu.catalog.storefront;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product as a shopper sees it; {@code price} is the shopper's own price when they have
 * an override, {@code catalogPrice} the price everyone else pays.
 */
record ShelfItem(UUID id, String sku, String name, String description, String category, BigDecimal price,
		BigDecimal catalogPrice, int stock, int minOrderQuantity, int quantityStep, String imageUrl) {

	public boolean outOfStock() {
		return this.stock == 0;
	}

	/** The primary image's thumbnail, or null. */
	public String thumbnailUrl() {
		return (this.imageUrl != null) ? this.imageUrl + "/thumbnail" : null;
	}

	/** Up to two letters of the name, shown where a product has no image. */
	public String initials() {
		String[] words = this.name.strip().split("\\s+");
		String first = words[0].isEmpty() ? "?" : words[0].substring(0, 1);
		String second = (words.length > 1) ? words[1].substring(0, 1) : "";
		return (first + second).toUpperCase(java.util.Locale.ROOT);
	}

	public boolean ownPrice() {
		return this.price.compareTo(this.catalogPrice) != 0;
	}

	/** The smallest quantity the order rules allow, offered in the Add to cart form. */
	public int firstQuantity() {
		int step = this.quantityStep;
		return ((this.minOrderQuantity + step - 1) / step) * step;
	}

}
