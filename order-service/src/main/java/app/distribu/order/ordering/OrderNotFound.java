package app.distribu.order.ordering;

import app.distribu.platform.web.NotFound;

/** No such order in the caller's company. */
public class OrderNotFound extends NotFound {

	public OrderNotFound() {
		super("Order");
	}

}
