package app.distribu.catalog.pricing;

import java.math.BigDecimal;

/**
 * What one unit costs a customer at some quantity, and why: {@code rule} is what the
 * buyer reads ("Volume price, 10+"), {@code priceList} the list it came from (staff see
 * it), null for the catalog price and overrides.
 */
public record Price(BigDecimal unit, String rule, String priceList, boolean customerSpecific) {

	static final String CATALOG = "Catalog price";

	static final String OWN = "Your price";

	static Price catalog(BigDecimal unit) {
		return new Price(unit, CATALOG, null, false);
	}

}
