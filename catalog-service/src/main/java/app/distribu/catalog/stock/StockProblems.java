package app.distribu.catalog.stock;

import app.distribu.platform.web.Conflict;
import app.distribu.platform.web.Unprocessable;

/** The ways a reservation is refused; each names the SKU. */
final class StockProblems {

	private StockProblems() {
	}

	static Unprocessable unknownSku(String sku) {
		return new Unprocessable("Unknown SKU: " + sku);
	}

	static Unprocessable inactive(String sku) {
		return new Unprocessable("Product " + sku + " is inactive and can't be ordered here.");
	}

	static Unprocessable notEnough(String sku, int available, int requested) {
		return new Unprocessable(
				"Not enough stock for " + sku + ": " + available + " available, " + requested + " requested.");
	}

	static Conflict orderIdTaken() {
		return new Conflict("This order id is already used.");
	}

}
