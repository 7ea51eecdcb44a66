package app.distribu.catalog.pricing;

import java.math.BigDecimal;
import java.util.UUID;

/** What pricing needs of a product: its catalog price and quantity rules. */
record PricedProduct(UUID id, String sku, BigDecimal price, int minOrderQuantity, int quantityStep) {

	/** The smallest quantity the rules allow. */
	int firstQuantity() {
		return ((this.minOrderQuantity + this.quantityStep - 1) / this.quantityStep) * this.quantityStep;
	}

}
