package app.distribu.order.ordering;

import app.distribu.platform.web.Conflict;

/** A cancelled order was asked to change status: 409 with what to do instead. */
public class CancelledOrderIsFinal extends Conflict {

	CancelledOrderIsFinal(long number) {
		super("Order " + number + " is cancelled. A cancelled order can't change status; "
				+ "create a new order with the same lines instead.");
	}

}
