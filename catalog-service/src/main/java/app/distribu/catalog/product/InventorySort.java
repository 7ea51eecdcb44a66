package app.distribu.catalog.product;

/** The columns the inventory page sorts by. */
enum InventorySort {

	NAME, SKU, PRICE, STOCK;

	static InventorySort of(String value) {
		for (InventorySort sort : values()) {
			if (sort.name().equalsIgnoreCase(value)) {
				return sort;
			}
		}
		return NAME;
	}

	String param() {
		return name().toLowerCase();
	}

}
