package app.distribu.order.lists;

import app.distribu.order.quote.Quote;

/**
 * A list line as a page shows it: with the customer's current price from catalog, or as
 * unavailable when catalog no longer knows the product.
 */
record ListRow(String sku, int quantity, String name, String unitPrice, String lineTotal, String priceRule,
		String problem, boolean unavailable) {

	static final String GONE = "No longer available.";

	/** {@code quote} null: prices could not be had right now. */
	static ListRow of(ListLine line, Quote quote) {
		Quote.Line priced = (quote != null) ? quote.line(line.sku()).orElse(null) : null;
		if (priced == null) {
			return new ListRow(line.sku(), line.quantity(), null, null, null, null, null, false);
		}
		if (priced.productId() == null) {
			return new ListRow(line.sku(), line.quantity(), null, null, null, null, GONE, true);
		}
		return new ListRow(line.sku(), line.quantity(), priced.name(), quote.money(priced.unitPrice()),
				quote.money(priced.lineTotal()), priced.priceRule(), priced.problem(), false);
	}

}
