package app.distribu.catalog.product;

import app.distribu.platform.web.Conflict;

class DuplicateSku extends Conflict {

	DuplicateSku(String sku) {
		super("A product with SKU " + sku + " already exists.");
	}

}
