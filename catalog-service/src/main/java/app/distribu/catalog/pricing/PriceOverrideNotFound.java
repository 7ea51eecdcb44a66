package app.distribu.catalog.pricing;

import app.distribu.platform.web.NotFound;

class PriceOverrideNotFound extends NotFound {

	PriceOverrideNotFound(String what) {
		super(what);
	}

}
