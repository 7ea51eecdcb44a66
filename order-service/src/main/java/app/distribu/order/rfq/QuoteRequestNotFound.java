package app.distribu.order.rfq;

import app.distribu.platform.web.NotFound;

/**
 * No such quote in the caller's company (or, on the storefront, of the buyer's customer).
 */
class QuoteRequestNotFound extends NotFound {

	QuoteRequestNotFound() {
		super("Quote");
	}

}
