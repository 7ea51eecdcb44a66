package app.distribu.order.storefront;

import java.util.List;
import java.util.UUID;

import app.distribu.order.ordering.OrderDesk;

/**
 * Keeps a checkout from being placed when another feature says it must wait (order
 * approvals); the storefront does not know why.
 */
public interface CheckoutHold {

	/**
	 * True when the checkout was saved to wait instead of being placed; a refusal is a
	 * {@link app.distribu.platform.web.DomainProblem}, shown at checkout.
	 */
	boolean held(StoreSession session, List<OrderDesk.Item> lines, UUID shippingAddressId, String notes,
			String poNumber);

}
