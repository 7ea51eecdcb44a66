package app.distribu.catalog.stock;

import app.distribu.platform.web.Conflict;

/** The ways an order line is refused; each names the SKU. */
final class StockProblems {

	private StockProblems() {
	}

	static String unknownSku(String sku) {
		return "Unknown SKU: " + sku;
	}

	static String inactive(String sku) {
		return "Product " + sku + " is inactive and can't be ordered here.";
	}

	static String notOffered(String sku) {
		return "Product " + sku + " is not available to this customer.";
	}

	static String belowMinimum(StockProduct product) {
		return product.label() + ": order at least " + product.minOrderQuantity() + ".";
	}

	static String offStep(StockProduct product) {
		return product.label() + ": order in multiples of " + product.quantityStep() + ".";
	}

	static String notEnough(String sku, int available, int requested) {
		return "Not enough stock for " + sku + ": " + available + " available, " + requested + " requested.";
	}

	static Conflict orderIdTaken() {
		return new Conflict("This order id is already used.");
	}

}
