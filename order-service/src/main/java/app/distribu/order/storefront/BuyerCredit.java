package app.distribu.order.storefront;

import java.math.BigDecimal;

import app.distribu.order.credit.Balance;
import app.distribu.order.credit.CreditLimitExceeded;
import app.distribu.order.ordering.PaymentTerms;

/**
 * What a buyer sees of their account's credit at checkout: the open balance, the limit
 * (null: none) and whether the store enforces it, and the payment terms.
 */
public record BuyerCredit(Balance balance, BigDecimal limit, boolean enforced, PaymentTerms terms) {

	static BuyerCredit of(Balance balance, CustomerAccount account) {
		return new BuyerCredit(balance, account.creditLimit(), account.creditEnforced(),
				PaymentTerms.of(account.paymentTerms()));
	}

	/** What is left under the limit, never below zero; null without a limit. */
	public BigDecimal available() {
		return (this.limit != null) ? this.limit.subtract(this.balance.openBalance()).max(BigDecimal.ZERO) : null;
	}

	/**
	 * The refusal an order of {@code total} would meet for credit, or null: shown before
	 * the buyer tries, in the words placing the order would use.
	 */
	public String refusal(BigDecimal total, String currency) {
		if (!this.enforced || this.limit == null || total == null) {
			return null;
		}
		BigDecimal after = this.balance.openBalance().add(total);
		return (after.compareTo(this.limit) > 0) ? CreditLimitExceeded.message(total, after, this.limit, currency)
				: null;
	}

	public String money(BigDecimal amount) {
		return this.balance.money(amount);
	}

}
