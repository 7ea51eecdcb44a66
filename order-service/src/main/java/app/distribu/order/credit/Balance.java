package app.distribu.order.credit;

import java.math.BigDecimal;

/**
 * What a customer owes: the total of its unpaid orders that count and how many there are;
 * {@code currency} is null before its first order.
 */
public record Balance(BigDecimal openBalance, int unpaidOrders, String currency) {

	/** "900.00 EUR" (the amount alone when the currency is not known yet). */
	public String money(BigDecimal amount) {
		return amount.setScale(2).toPlainString() + ((this.currency != null) ? " " + this.currency : "");
	}

	public String open() {
		return money(this.openBalance);
	}

}
