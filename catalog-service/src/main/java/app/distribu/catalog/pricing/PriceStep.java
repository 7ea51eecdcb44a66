package app.distribu.catalog.pricing;

import java.math.BigDecimal;

/**
 * One row of a product's volume prices for one customer: from {@code fromQuantity} up to
 * {@code toQuantity} (null: and more), each unit costs {@code unit}.
 */
public record PriceStep(int fromQuantity, Integer toQuantity, BigDecimal unit, String rule) {

	/** "1–9", "10–49", "50+". */
	public String range() {
		if (this.toQuantity == null) {
			return this.fromQuantity + "+";
		}
		return (this.toQuantity == this.fromQuantity) ? String.valueOf(this.fromQuantity)
				: this.fromQuantity + "–" + this.toQuantity;
	}

}
