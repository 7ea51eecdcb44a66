package app.distribu.catalog.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * A price list's price for a product from {@code minQuantity} on, with the list's name
 * and priority: what a {@link PriceSheet} weighs.
 */
record ListPrice(UUID listId, String listName, int priority, UUID productId, int minQuantity, PriceKind kind,
		BigDecimal amount) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The unit price this row gives; a percentage is taken off the catalog price. */
	BigDecimal unit(BigDecimal catalogPrice) {
		if (this.kind == PriceKind.FIXED) {
			return this.amount.setScale(2, RoundingMode.HALF_UP);
		}
		return catalogPrice.multiply(HUNDRED.subtract(this.amount)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
	}

	/** What the buyer reads next to the price. */
	String rule() {
		if (this.minQuantity > 1) {
			return "Volume price, " + this.minQuantity + "+";
		}
		if (this.kind == PriceKind.PERCENT_OFF) {
			return this.amount.stripTrailingZeros().toPlainString() + "% off";
		}
		return Price.OWN;
	}

}
