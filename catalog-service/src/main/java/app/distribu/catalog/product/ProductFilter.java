package app.distribu.catalog.product;

/**
 * Narrows a product list: {@code q} matches part of the SKU or the name (any case),
 * {@code category} is a category name, {@code active} true or false, {@code stock} low or
 * out; null means any.
 */
record ProductFilter(String q, String category, Boolean active, StockLevel stock) {

	static ProductFilter of(String q, String category, Boolean active) {
		return new ProductFilter(blankToNull(q), blankToNull(category), active, null);
	}

	static ProductFilter of(String q, String category, Boolean active, StockLevel stock) {
		return new ProductFilter(blankToNull(q), blankToNull(category), active, stock);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
