package app.distribu.order.ordering;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/** catalog-service did not answer usefully; the order was not placed. */
class CatalogUnavailable extends DomainProblem {

	CatalogUnavailable() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "Catalog unavailable",
				"Stock could not be reserved right now. The order was not placed; please try again.");
	}

}
