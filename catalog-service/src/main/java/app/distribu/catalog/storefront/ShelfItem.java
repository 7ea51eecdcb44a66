package app.distribu.catalog.storefront;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import app.distribu.catalog.pricing.Price;
import app.distribu.catalog.pricing.PriceStep;

/**
 * A product as a shopper sees it: {@code priced} is the shopper's price for the quantity
 * the Add to cart form starts at, {@code ladder} its prices by quantity (one step when
 * the quantity changes nothing), {@code catalogPrice} the price everyone else pays.
 */
record ShelfItem(UUID id, String sku, String name, String description, String category, BigDecimal catalogPrice,
		int stock, int minOrderQuantity, int quantityStep, String imageUrl, Price priced, List<PriceStep> ladder) {

	/** As read from the shelf, before the shopper's prices are applied. */
	static ShelfItem unpriced(UUID id, String sku, String name, String description, String category,
			BigDecimal catalogPrice, int stock, int minOrderQuantity, int quantityStep, String imageUrl) {
		return new ShelfItem(id, sku, name, description, category, catalogPrice, stock, minOrderQuantity, quantityStep,
				imageUrl, null, List.of());
	}

	ShelfItem priced(Price price, List<PriceStep> steps) {
		return new ShelfItem(this.id, this.sku, this.name, this.description, this.category, this.catalogPrice,
				this.stock, this.minOrderQuantity, this.quantityStep, this.imageUrl, price, steps);
	}

	public BigDecimal price() {
		return (this.priced != null) ? this.priced.unit() : this.catalogPrice;
	}

	/**
	 * Why the price is what it is ("Your price", "Volume price, 10+"), for the shopper.
	 */
	public String priceRule() {
		return (this.priced != null && this.priced.customerSpecific()) ? this.priced.rule() : null;
	}

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
		return price().compareTo(this.catalogPrice) != 0;
	}

	/** Whether buying more lowers the unit price. */
	public boolean volumePrices() {
		return this.ladder.size() > 1;
	}

	/** The lowest unit price of the ladder (for "from 8.50 at 50+"). */
	public PriceStep bestStep() {
		return this.ladder.isEmpty() ? null : this.ladder.get(this.ladder.size() - 1);
	}

	/** The smallest quantity the order rules allow, offered in the Add to cart form. */
	public int firstQuantity() {
		int step = this.quantityStep;
		return ((this.minOrderQuantity + step - 1) / step) * step;
	}

}
