package app.distribu.catalog.pricelist;

import java.math.BigDecimal;

/**
 * One tier as sent: from {@code minQuantity} (1 when absent) units on, a {@code price} or
 * a {@code percentOff} the catalog price, not both.
 */
record TierInput(Integer minQuantity, BigDecimal price, BigDecimal percentOff) {

	boolean isBlank() {
		return this.minQuantity == null && this.price == null && this.percentOff == null;
	}

}
