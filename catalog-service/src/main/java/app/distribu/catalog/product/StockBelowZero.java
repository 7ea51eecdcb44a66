package app.distribu.catalog.product;

import app.distribu.platform.web.Unprocessable;

class StockBelowZero extends Unprocessable {

	StockBelowZero(String sku, int stock, int delta) {
		super("Stock can't go below zero: " + sku + " has " + stock + " in stock, the adjustment is " + delta + ".");
	}

}
