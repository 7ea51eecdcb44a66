package app.distribu.order.ordering;

import java.time.Instant;
import java.util.UUID;

/**
 * What {@link Order#changeStatus} did: the order before and after, who moved it and when.
 */
public record StatusTransition(Order before, Order after, UUID by, Instant at) {

	public OrderStatus from() {
		return this.before.status();
	}

	public OrderStatus to() {
		return this.after.status();
	}

	/** False for a move to the status the order already had. */
	public boolean changed() {
		return from() != to();
	}

	/** Cancelling gives the order's stock back, from whichever status it was in. */
	public boolean givesStockBack() {
		return changed() && to() == OrderStatus.CANCELLED;
	}

}
