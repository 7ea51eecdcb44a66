package app.distribu.customer.upstream;

import java.math.BigDecimal;

/**
 * order-service's open balance of a customer: the total of its orders not marked paid
 * (cancelled and deleted ones left out); {@code currency} is null before the first order.
 */
public record Balance(BigDecimal openBalance, int unpaidOrders, String currency) {

	/** What is left under {@code limit}, never below zero; null without a limit. */
	public BigDecimal available(BigDecimal limit) {
		return (limit != null) ? limit.subtract(this.openBalance).max(BigDecimal.ZERO) : null;
	}

	public boolean over(BigDecimal limit) {
		return limit != null && this.openBalance.compareTo(limit) > 0;
	}

}
