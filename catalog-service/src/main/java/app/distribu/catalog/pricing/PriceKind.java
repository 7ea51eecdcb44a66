package app.distribu.catalog.pricing;

/** A price list row is a unit price or a percentage off the catalog price. */
public enum PriceKind {

	FIXED, PERCENT_OFF

}
