package app.distribu.order.lists;

import app.distribu.platform.web.NotFound;

/**
 * No such list in the caller's company (or, on the storefront, of the caller's customer).
 */
class ListNotFound extends NotFound {

	ListNotFound() {
		super("List");
	}

}
