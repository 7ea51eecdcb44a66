package app.distribu.order.ordering;

/** An order's status. Every transition is allowed except out of CANCELLED. */
public enum OrderStatus {

	SUBMITTED, CONFIRMED, SHIPPED, DELIVERED, CANCELLED;

	public boolean isTerminal() {
		return this == CANCELLED;
	}

}
