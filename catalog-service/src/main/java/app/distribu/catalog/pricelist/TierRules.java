package app.distribu.catalog.pricelist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.distribu.catalog.pricing.PriceKind;
import app.distribu.platform.web.Unprocessable;

/**
 * What a tier must be, with the same words on the API, the dashboard and in CSV files.
 */
final class TierRules {

	static final int MAX_TIERS = 20;

	static final int MAX_QUANTITY = 1_000_000;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private TierRules() {
	}

	/** The tiers by minimum quantity, or a 422 naming the first problem. */
	static List<Tier> tiers(List<TierInput> inputs) {
		List<Tier> tiers = new ArrayList<>();
		Set<Integer> seen = new HashSet<>();
		for (TierInput input : inputs) {
			String problem = problem(input);
			if (problem != null) {
				throw new Unprocessable(problem);
			}
			Tier tier = tier(input);
			if (!seen.add(tier.minQuantity())) {
				throw new Unprocessable("Minimum quantity " + tier.minQuantity() + " is given twice.");
			}
			tiers.add(tier);
		}
		if (tiers.isEmpty()) {
			throw new Unprocessable("Give at least one price.");
		}
		if (tiers.size() > MAX_TIERS) {
			throw new Unprocessable("At most " + MAX_TIERS + " tiers per product.");
		}
		tiers.sort(Comparator.comparingInt(Tier::minQuantity));
		return tiers;
	}

	/** Why this tier is not valid, or null. */
	static String problem(TierInput input) {
		if (input.minQuantity() != null && (input.minQuantity() < 1 || input.minQuantity() > MAX_QUANTITY)) {
			return "Minimum quantity must be a whole number from 1 to " + MAX_QUANTITY + ".";
		}
		if (input.price() == null && input.percentOff() == null) {
			return "Give a price or a percentage off.";
		}
		if (input.price() != null && input.percentOff() != null) {
			return "Give a price or a percentage off, not both.";
		}
		if (input.price() != null) {
			if (input.price().signum() < 0) {
				return "Price can't be negative.";
			}
			if (decimals(input.price()) > 2 || input.price().precision() - input.price().scale() > 10) {
				return "Price must have at most 2 decimals, like 12.50.";
			}
			return null;
		}
		if (input.percentOff().signum() < 0 || input.percentOff().compareTo(HUNDRED) > 0) {
			return "Percentage off must be from 0 to 100.";
		}
		if (decimals(input.percentOff()) > 2) {
			return "Percentage off must have at most 2 decimals, like 12.5.";
		}
		return null;
	}

	/** A valid input as a tier. */
	static Tier tier(TierInput input) {
		int min = (input.minQuantity() != null) ? input.minQuantity() : 1;
		return (input.price() != null) ? new Tier(min, PriceKind.FIXED, input.price().setScale(2))
				: new Tier(min, PriceKind.PERCENT_OFF, input.percentOff().setScale(2));
	}

	private static int decimals(BigDecimal value) {
		return Math.max(0, value.stripTrailingZeros().scale());
	}

}
