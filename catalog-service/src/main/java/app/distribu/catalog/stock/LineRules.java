package app.distribu.catalog.stock;

/**
 * The rules every order line passes, in the order a buyer should hear about them. Stock
 * is checked last; a reservation re-checks it in its conditional update.
 */
final class LineRules {

	private LineRules() {
	}

	/**
	 * The refusal for this line, or null when it may be ordered; stock counts only when
	 * {@code checkStock}. {@code hasOwnPrice}: an override or a price list prices the
	 * product for this customer, which opens a gated product.
	 */
	static String problem(String sku, StockProduct product, int quantity, OrderTerms terms, boolean hasOwnPrice,
			boolean checkStock) {
		if (product == null) {
			return StockProblems.unknownSku(sku);
		}
		if (!product.active() && !terms.inactiveAllowed()) {
			return StockProblems.inactive(sku);
		}
		if (product.overrideGated() && terms.storefront() && !hasOwnPrice) {
			return StockProblems.notOffered(sku);
		}
		if (quantity < product.minOrderQuantity()) {
			return StockProblems.belowMinimum(product);
		}
		if (quantity % product.quantityStep() != 0) {
			return StockProblems.offStep(product);
		}
		if (checkStock && quantity > product.stock()) {
			return StockProblems.notEnough(sku, product.stock(), quantity);
		}
		return null;
	}

}
