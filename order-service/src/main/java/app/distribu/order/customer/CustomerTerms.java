package app.distribu.order.customer;

import java.math.BigDecimal;

/**
 * What an order for the customer is placed under ({@link OrderCustomer#terms}): where it
 * ships, the payment terms to snapshot, and the credit limit with whether the distributor
 * enforces it.
 */
public record CustomerTerms(ShippingAddress shipTo, String paymentTerms, BigDecimal creditLimit,
		boolean creditEnforced) {

	/** Whether an order must fit under the limit. */
	public boolean creditChecked() {
		return this.creditEnforced && this.creditLimit != null;
	}

}
