package app.distribu.catalog.pricelist;

import java.math.BigDecimal;

/**
 * A tier as typed into the dashboard form or a CSV row: text until checked, so a typo
 * gets a readable message instead of a conversion error.
 */
record TierText(String minQuantity, String price, String percentOff) {

	TierText {
		minQuantity = trimmed(minQuantity);
		price = trimmed(price);
		percentOff = trimmed(percentOff);
	}

	static TierText of(Tier tier) {
		return new TierText(String.valueOf(tier.minQuantity()), tier.price(), tier.percentOff());
	}

	/** Nothing typed at all: an unused row of the form. */
	boolean isBlank() {
		return this.minQuantity.isEmpty() && noPrice();
	}

	boolean noPrice() {
		return this.price.isEmpty() && this.percentOff.isEmpty();
	}

	/** Why this is not a valid tier, or null. */
	String problem() {
		if (!this.minQuantity.isEmpty() && !this.minQuantity.matches("\\d{1,7}")) {
			return "Minimum quantity must be a whole number from 1 to " + TierRules.MAX_QUANTITY + ", not "
					+ this.minQuantity + ".";
		}
		if (!this.price.isEmpty() && number(this.price) == null) {
			return "Price must be a number like 12.50 (with a dot), not " + this.price + ".";
		}
		if (!this.percentOff.isEmpty() && number(this.percentOff) == null) {
			return "Percentage off must be a number like 12.5 (with a dot), not " + this.percentOff + ".";
		}
		return TierRules.problem(input());
	}

	/** The checked input; call only when {@link #problem()} is null. */
	TierInput input() {
		return new TierInput(this.minQuantity.isEmpty() ? null : Integer.valueOf(this.minQuantity), number(this.price),
				number(this.percentOff));
	}

	private static BigDecimal number(String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String trimmed(String value) {
		return (value == null) ? "" : value.trim();
	}

}
