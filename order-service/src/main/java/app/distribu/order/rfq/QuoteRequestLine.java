package app.distribu.order.rfq;

import java.math.BigDecimal;

/**
 * A line of a quote request: {@code listPrice} is the customer's price from catalog's
 * pricing when the line was added, {@code unitPrice} what staff quote (it starts at the
 * list price); either is null for a product catalog could not price.
 */
public record QuoteRequestLine(String sku, String name, int quantity, BigDecimal listPrice, BigDecimal unitPrice) {

	public BigDecimal lineTotal() {
		return (this.unitPrice != null) ? this.unitPrice.multiply(BigDecimal.valueOf(this.quantity)) : null;
	}

	/** The quoted price is below the customer's usual price. */
	public boolean discounted() {
		return this.listPrice != null && this.unitPrice != null && this.unitPrice.compareTo(this.listPrice) < 0;
	}

}
