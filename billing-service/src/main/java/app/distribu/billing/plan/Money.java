package app.distribu.billing.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts are whole cents (every billing currency has two decimals). Only this class
 * turns them into text or back.
 */
public final class Money {

	private Money() {
	}

	public static long cents(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
	}

	/** {@code amount × numerator / denominator}, rounded half up to the cent. */
	public static long share(long amount, long numerator, long denominator) {
		return BigDecimal.valueOf(amount)
			.multiply(BigDecimal.valueOf(numerator))
			.divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP)
			.longValueExact();
	}

	/** {@code 1234.5} → {@code "1,234.50"}; negative amounts keep their sign. */
	public static String format(long cents) {
		return String.format("%,.2f", BigDecimal.valueOf(cents).movePointLeft(2));
	}

	/** {@code "USD 1,234.50"}. */
	public static String format(String currency, long cents) {
		return currency + " " + format(cents);
	}

	/** A decimal string as the API and events carry money: {@code "1234.50"}. */
	public static String decimal(long cents) {
		return BigDecimal.valueOf(cents).movePointLeft(2).setScale(2).toPlainString();
	}

}
