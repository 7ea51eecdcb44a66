package app.distribu.order.ordering;

/**
 * An order's status; {@link Order#changeStatus} holds the rule: every move is allowed
 * except out of CANCELLED.
 */
public enum OrderStatus {

	SUBMITTED, CONFIRMED, SHIPPED, DELIVERED, CANCELLED;

	/** Final: no move out of it. */
	public boolean isTerminal() {
		return this == CANCELLED;
	}

}
