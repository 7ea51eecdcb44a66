package app.distribu.order.storefront;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import app.distribu.order.ordering.OrderDesk;

/** Puts lines into a contact's cart for other storefront features (saved lists). */
@Service
public class Carts {

	private final CartRepository carts;

	Carts(CartRepository carts) {
		this.carts = carts;
	}

	/**
	 * Adds each item as "Add to cart" does, while the cart has room; answers the items
	 * that did not fit (the cart holds {@value CartController#MAX_LINES} lines).
	 */
	public List<OrderDesk.Item> add(StoreSession session, List<OrderDesk.Item> items) {
		List<String> inCart = this.carts.lines(session).stream().map(OrderDesk.Item::sku).toList();
		int size = inCart.size();
		List<OrderDesk.Item> left = new ArrayList<>();
		for (OrderDesk.Item item : items) {
			boolean newLine = !inCart.contains(item.sku());
			if (newLine && size >= CartController.MAX_LINES) {
				left.add(item);
				continue;
			}
			this.carts.add(session, item.sku(), item.quantity());
			size += newLine ? 1 : 0;
		}
		return left;
	}

	/** The cart's lines (a quote request is made of them). */
	public List<OrderDesk.Item> lines(StoreSession session) {
		return this.carts.lines(session);
	}

	/** Empties the cart once its lines became a quote request. */
	public void clear(StoreSession session) {
		this.carts.clear(session);
	}

	/** How many lines the cart has, for the header's count. */
	public int size(StoreSession session) {
		return this.carts.size(session);
	}

}
