package app.distribu.order.credit;

import java.math.BigDecimal;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/**
 * 422 with the type {@code .../credit-limit-exceeded}, so clients can tell it from other
 * refusals; the same words on every channel.
 */
public class CreditLimitExceeded extends DomainProblem {

	CreditLimitExceeded(BigDecimal total, BigDecimal balanceAfter, BigDecimal limit, String currency) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Credit limit exceeded", message(total, balanceAfter, limit, currency));
	}

	/** The refusal's words, also for pages that warn before the order is placed. */
	public static String message(BigDecimal total, BigDecimal balanceAfter, BigDecimal limit, String currency) {
		return "Credit limit reached: this order of " + money(total, currency) + " would bring the open balance to "
				+ money(balanceAfter, currency) + ", over the credit limit of " + money(limit, currency)
				+ ". Orders count until they are marked paid.";
	}

	private static String money(BigDecimal amount, String currency) {
		return amount.setScale(2).toPlainString() + " " + currency;
	}

}
