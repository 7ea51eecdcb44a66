package app.distribu.catalog.pricelist;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A product's prices in one list, tiers by minimum quantity. */
record Entry(UUID productId, String sku, String name, BigDecimal catalogPrice, List<Tier> tiers) {

	public String summary() {
		return String.join(" · ", this.tiers.stream().map(Tier::label).toList());
	}

}
