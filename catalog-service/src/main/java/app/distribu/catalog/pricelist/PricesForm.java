package app.distribu.catalog.pricelist;

import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's "set prices" form: a SKU and a few tier rows; unused rows stay blank.
 */
record PricesForm(String sku, List<TierText> tiers) {

	static final int ROWS = 5;

	static PricesForm blank() {
		return new PricesForm("", padded(List.of(new TierText("1", "", ""))));
	}

	static PricesForm of(Entry entry) {
		return new PricesForm(entry.sku(), padded(entry.tiers().stream().map(TierText::of).toList()));
	}

	/** The rows typed, at least {@link #ROWS} for the form to show. */
	PricesForm padded() {
		return new PricesForm((this.sku != null) ? this.sku : "",
				padded((this.tiers != null) ? this.tiers : List.of()));
	}

	/** The typed rows, checked: the first problem, or null. */
	String problem() {
		if (this.sku == null || this.sku.isBlank()) {
			return "Enter the SKU of the product to price.";
		}
		List<TierText> used = used();
		if (used.isEmpty()) {
			return "Give at least one price.";
		}
		return used.stream().map(TierText::problem).filter((p) -> p != null).findFirst().orElse(null);
	}

	List<TierInput> inputs() {
		return used().stream().map(TierText::input).toList();
	}

	private List<TierText> used() {
		return (this.tiers == null) ? List.of() : this.tiers.stream().filter((t) -> t != null && !t.isBlank()).toList();
	}

	private static List<TierText> padded(List<TierText> tiers) {
		List<TierText> rows = new ArrayList<>(tiers);
		while (rows.size() < Math.max(ROWS, tiers.size() + 1)) {
			rows.add(new TierText("", "", ""));
		}
		return rows;
	}

}
