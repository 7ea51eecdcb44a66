package app.distribu.catalog.pricelist;

import java.math.BigDecimal;

import app.distribu.catalog.pricing.PriceKind;

/** One row of a product's prices in a list: from {@code minQuantity} units on. */
record Tier(int minQuantity, PriceKind kind, BigDecimal amount) {

	/** "10+: 9.20" or "50+: 15% off". */
	public String label() {
		String value = (this.kind == PriceKind.FIXED) ? this.amount.toPlainString()
				: this.amount.stripTrailingZeros().toPlainString() + "% off";
		return this.minQuantity + "+: " + value;
	}

	String price() {
		return (this.kind == PriceKind.FIXED) ? this.amount.toPlainString() : null;
	}

	String percentOff() {
		return (this.kind == PriceKind.PERCENT_OFF) ? this.amount.stripTrailingZeros().toPlainString() : null;
	}

}
