package app.distribu.catalog.product;

import app.distribu.platform.web.Conflict;

class ProductChangedMeanwhile extends Conflict {

	ProductChangedMeanwhile() {
		super("Someone else saved this product while you were editing it. Your changes are still in the form: "
				+ "check them against the current details and save again.");
	}

}
