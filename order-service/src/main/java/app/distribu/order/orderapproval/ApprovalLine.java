package app.distribu.order.orderapproval;

import java.math.BigDecimal;
import java.math.RoundingMode;

import app.distribu.order.ordering.OrderDesk;

/**
 * A line of a request as the requester saw it at checkout: the product's name and the
 * customer's unit price then, from the price quote that decided the request waits, so
 * pages and mails need no call to catalog. Requests from before names were kept have only
 * SKU and quantity ({@code name} and {@code unitPrice} null).
 */
record ApprovalLine(String sku, String name, int quantity, BigDecimal unitPrice) {

	public String label() {
		return (this.name != null) ? this.name : this.sku;
	}

	public BigDecimal lineTotal() {
		return (this.unitPrice != null)
				? this.unitPrice.multiply(BigDecimal.valueOf(this.quantity)).setScale(2, RoundingMode.HALF_UP) : null;
	}

	OrderDesk.Item item() {
		return new OrderDesk.Item(this.sku, this.quantity);
	}

}
